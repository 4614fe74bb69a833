import { describe, expect, it } from 'vitest';
import { buildEnvironment } from '../../../src/core/env/build-environment.ts';

const source = { PATH: '/bin', HOME: '/home/u', GITHUB_TOKEN: 'ghs_x', github_token: 'ghs_y', NPM_CONFIG_REGISTRY: 'r', Path: 'C:\\bin' };

describe('buildEnvironment', () => {
  it('passes base names, withholds tokens and anything not allowlisted', () => {
    const { env, withheld } = buildEnvironment(source, { platform: 'linux' });
    expect(env).toEqual({ PATH: '/bin', HOME: '/home/u' });
    expect(withheld).toEqual(['GITHUB_TOKEN', 'NPM_CONFIG_REGISTRY', 'Path', 'github_token']);
  });

  it('on Windows a lower-case github_token is the same variable and stays blocked', () => {
    const { env } = buildEnvironment(source, { platform: 'windows' });
    expect(Object.keys(env).map((k) => k.toUpperCase())).not.toContain('GITHUB_TOKEN');
    expect(env.Path).toBe('C:\\bin');
  });

  it('an explicit allowlist entry passes a name, case-folded on Windows only', () => {
    expect(buildEnvironment(source, { platform: 'windows', allow: ['npm_config_registry'] }).env.NPM_CONFIG_REGISTRY).toBe('r');
    expect(buildEnvironment(source, { platform: 'linux', allow: ['npm_config_registry'] }).env.NPM_CONFIG_REGISTRY).toBeUndefined();
  });
});
