import type { IsolationPolicy } from '../policy/isolation-schema.ts';
import { boxName, type Isolation } from './process-box.ts';

/** What a report records about the box its gates ran in. */
export interface ReportIsolation {
  readonly mode: 'bubblewrap' | 'windows-job' | 'none';
  readonly network: boolean;
  readonly detail: string;
}

/**
 * Whether code under judgement may run (and its results be signed) with this runner: a box always; no
 * box only when the policy says `isolation: none`. The refusal says why there is no box and what to do.
 */
export function isolationRefusal(isolation: Isolation, policy: IsolationPolicy): string | undefined {
  if (isolation.mode !== 'none' || policy.mode === 'none') return undefined;
  return `refusing to run code under judgement without a sandbox: ${isolation.reason}`;
}

/** The report's words for the box the gates ran in (or its absence). */
export function reportIsolation(isolation: Isolation, network: boolean): ReportIsolation {
  if (isolation.mode === 'bubblewrap') {
    return { mode: 'bubblewrap', network, detail: `gates ran in a bubblewrap ${isolation.version} box: own user, PID and mount namespaces, a copy of the repository, network ${network ? 'on' : 'off'}` };
  }
  if (isolation.mode === 'windows-job') {
    // A job object cannot take the network away: the report says it was on, whatever the policy asked.
    return { mode: 'windows-job', network: true, detail: `gates ran in a Windows box, ${boxName(isolation)}: a copy of the repository, unable to open the verifier's processes or write outside the copy, every process ended with the command; network on (the Windows box cannot turn it off)` };
  }
  return { mode: 'none', network: true, detail: `gates ran WITHOUT a sandbox (isolation: none; ${isolation.reason}): they ran as the verifier's own user and could read its keys and environment and move its refs` };
}
