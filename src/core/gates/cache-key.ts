import { canonicalJson } from '../report/canonical-json.ts';
import type { GateSpec } from './gate-spec.ts';

/**
 * The text a gate's cache key is the hash of: command, shell, working directory, the allowlisted
 * environment (names and values: a different `NODE_ENV` is a different run) and the tree hash of the
 * cache inputs. Only gates that declare cache inputs are cached at all.
 */
export function cacheKeyMaterial(spec: GateSpec, shell: string, env: Readonly<Record<string, string>>, inputsTreeHash: string, platform: string): string | undefined {
  if (spec.cache.length === 0 || !spec.run) return undefined;
  const sortedEnv = Object.fromEntries(Object.entries(env).filter(([name]) => spec.env.includes(name)).sort(([a], [b]) => (a < b ? -1 : 1)));
  return canonicalJson({ v: 1, run: spec.run, shell, cwd: spec.workingDirectory ?? '.', env: sortedEnv, inputs: inputsTreeHash, platform, golden: spec.golden ?? null });
}
