// Streams a realistic agent session into a run of the run store, patch by patch, the way an agent
// would write through the RunRecorder. Watch it with `shopfloor serve` in another terminal.
//
//   npx tsx scripts/stream-agent-session.ts [--repo DIR] [--run-id ID] [--delay-ms 150] [--repeat 1]
//
// Patch ids are fixed per step, so killing this script and starting it again resumes the same run:
// the steps already applied are recognised and skipped, and the revision continues where it was.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runStoreDir } from '../src/adapters/run-document/run-store-layout.ts';
import { openRunWriter } from '../src/adapters/run-document/run-writer.ts';
import { demoAgentSession } from '../src/core/run-document/demo-agent-session.ts';
import type { Patch } from '../src/core/run-document/patch-types.ts';

const { values } = parseArgs({
  options: {
    repo: { type: 'string', default: '.' },
    store: { type: 'string' },
    'run-id': { type: 'string', default: 'demo-run' },
    'delay-ms': { type: 'string', default: '150' },
    repeat: { type: 'string', default: '1' },
    objective: { type: 'string', default: 'Fix duration parsing and the flaky timezone test' },
  },
});
const storeDir = values.store ? resolve(values.store) : runStoreDir(resolve(values.repo));
const runId = values['run-id'];
const delayMs = Number(values['delay-ms']);
const steps = demoAgentSession({ terminalRepeat: Number(values.repeat) });

const writer = await openRunWriter({ storeDir, runId, objective: values.objective });
process.stdout.write(`${writer.created ? 'started' : 'resumed'} run ${runId} at revision ${writer.document().revision} in ${storeDir}\n`);
let applied = 0;
for (const [index, step] of steps.entries()) {
  const outcome = await writer.submit({ runId, patchId: `step-${index}`, source: step.source, ...step.body } as Patch);
  if (outcome.kind === 'applied') {
    applied++;
    process.stdout.write(`revision ${outcome.document.revision}\n`);
    if (delayMs > 0) await new Promise((done) => setTimeout(done, delayMs));
  } else if (outcome.kind === 'rejected') {
    process.stderr.write(`${outcome.reason}\n`);
  }
}
await writer.close();
process.stdout.write(`done: ${applied} patches applied, revision ${writer.document().revision}\n`);
