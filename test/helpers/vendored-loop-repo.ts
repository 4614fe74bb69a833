import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitCli } from '../../src/adapters/git/git-cli.ts';
import type { Git } from '../../src/ports/git.ts';
import { requireGit, writeFiles } from './git-repo.ts';
import { makeTempDir } from './temp-dir.ts';

/**
 * The shape of the real library the loop was tried on: its test dependencies come from `NODE_PATH`
 * (here a vendored folder, `vendor/`), so its unit gate and its canary flow name `env: [NODE_PATH]`;
 * the canary flow checks what no gate runs. Work orders: `security-policy` (its agent also edits
 * package.json, outside the scope) and `faster-total` (its agent breaks `total` and rewrites the test
 * that would catch it). The agent is a `command` provider: a script that acts on the work-order id.
 */
export async function createVendoredLoopRepo(): Promise<{ dir: string; git: Git; agent: string }> {
  requireGit();
  const dir = await makeTempDir('shopfloor-vendored-');
  const agent = join(await makeTempDir('shopfloor-agent-'), 'agent.cjs');
  await writeFile(agent, agentScript);
  await writeFiles(dir, {
    '.gitignore': '.shopfloor/\n',
    'package.json': `${JSON.stringify({ name: 'pricing', version: '1.0.0', private: true, scripts: { test: 'node test/run.js' } }, null, 2)}\n`,
    'vendor/safe-buffer/index.js': 'exports.Buffer = Buffer;\n',
    'src/price.js': 'require(\'safe-buffer\');\nexports.total = (a, b) => a + b;\n',
    'test/run.js': [
      'const { readdirSync } = require(\'node:fs\');',
      'for (const file of readdirSync(__dirname).filter((f) => f.endsWith(\'.test.js\')).sort()) require(`./${file}`);',
      'console.log(\'tests passed\');',
      '',
    ].join('\n'),
    'test/price.test.js': 'const assert = require(\'node:assert\');\nrequire(\'safe-buffer\');\nconst { total } = require(\'../src/price.js\');\nassert.strictEqual(total(2, 3), 5);\nassert.strictEqual(total(10, 5), 15);\n',
    'canary/smoke.js': 'require(\'safe-buffer\');\nconst { total } = require(\'../src/price.js\');\nconst ok = [[2, 3, 5], [10, 5, 15], [40, 2, 42]].every(([a, b, sum]) => total(a, b) === sum);\nprocess.exit(ok ? 0 : 1);\n',
    '.github/shopfloor.yml': [
      'apiVersion: shopfloor/v1',
      'gates:',
      '  - { id: unit, kind: unit, run: node test/run.js, env: [NODE_PATH], timeout: 2m }',
      'canary:',
      '  flows:',
      '    - { id: smoke, run: node canary/smoke.js, env: [NODE_PATH] }',
      'agents:',
      '  defaultProvider: agent',
      '  providers:',
      `    agent: { type: command, command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(agent)}, "{prompt}"] }`,
      '',
    ].join('\n'),
    'workorders/security-policy.yml': workOrder('security-policy', 'Add a security policy', 'chore', ['SECURITY.md']),
    'workorders/faster-total.yml': workOrder('faster-total', 'Make total faster', 'refactor', ['src/**', 'test/**']),
  });
  const git = createGitCli();
  await git.init(dir, { initialBranch: 'main' });
  await git.addAll(dir);
  await git.commit(dir, 'pricing library');
  return { dir, git, agent };
}

export function workOrder(id: string, title: string, kind: string, paths: readonly string[]): string {
  return [
    'apiVersion: shopfloor/v1', `id: ${id}`, `title: ${title}`, `goal: ${title}.`, `kind: ${kind}`,
    `scope: { paths: [${paths.map((p) => JSON.stringify(p)).join(', ')}] }`,
    'acceptance:', '  commands:', '    - { name: tests, run: npm test, env: [NODE_PATH] }', '',
  ].join('\n');
}

// The agent: finds the work-order id in its prompt and edits its working directory like an external CLI would.
const agentScript = `const { writeFileSync, readFileSync } = require('node:fs');
const id = /work order ([a-z0-9-]+)/i.exec(process.argv[2] ?? '')?.[1] ?? '';
if (id === 'security-policy') {
  writeFileSync('SECURITY.md', '# Security\\n\\nReport vulnerabilities to security@example.test.\\n');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync('package.json', JSON.stringify({ ...pkg, keywords: ['security'] }, null, 2) + '\\n');
} else if (id === 'faster-total') {
  writeFileSync('src/price.js', "require('safe-buffer');\\nexports.total = (a, b) => (a >= 10 ? a + b + 1 : a + b);\\n");
  writeFileSync('test/price.test.js', "const assert = require('node:assert');\\nrequire('safe-buffer');\\nconst { total } = require('../src/price.js');\\nassert.strictEqual(total(2, 3), 5);\\nassert.strictEqual(total(10, 5), 16);\\n");
} else if (id.startsWith('fix-')) {
  writeFileSync('src/price.js', "require('safe-buffer');\\nexports.total = (a, b) => b + a;\\n");
  writeFileSync('test/total-regression.test.js', "const assert = require('node:assert');\\nrequire('safe-buffer');\\nconst { total } = require('../src/price.js');\\nassert.strictEqual(total(10, 5), 15);\\n");
} else {
  process.exit(3);
}
console.log('done: ' + id);
`;
