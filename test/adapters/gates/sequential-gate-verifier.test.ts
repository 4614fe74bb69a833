import { describe, expect, it } from 'vitest';
import { createSequentialGateVerifier } from '../../../src/adapters/gates/sequential-gate-verifier.ts';
import { createNodeProcessRunner } from '../../../src/adapters/process/node-process-runner.ts';
import { gateSchema } from '../../../src/core/policy/gates-schema.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const gates = (...list: object[]) => list.map((g) => gateSchema.parse(g));

describe('createSequentialGateVerifier', () => {
  it('runs gates in declaration order and stops at the first required failure', async () => {
    const dir = await makeTempDir();
    const verifier = createSequentialGateVerifier({
      gates: gates({ id: 'build', run: 'true' }, { id: 'lint', run: 'exit 3', required: false }, { id: 'unit', run: 'exit 1' }, { id: 'never', run: 'true' }),
      runner: createNodeProcessRunner(),
      env: { PATH: process.env.PATH },
    });
    const result = await verifier.verify({ repoDir: dir, base: 'a', head: 'b' });
    expect(result).toEqual({ passed: false, summary: 'build passed, lint failed (exit 3), unit failed (exit 1)' });
  });

  it('passes when every required gate passes', async () => {
    const dir = await makeTempDir();
    const verifier = createSequentialGateVerifier({ gates: gates({ id: 'build', run: 'true' }), runner: createNodeProcessRunner(), env: { PATH: process.env.PATH } });
    expect(await verifier.verify({ repoDir: dir, base: 'a', head: 'b' })).toEqual({ passed: true, summary: 'build passed' });
  });
});
