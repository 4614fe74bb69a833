import { describe, expect, it } from 'vitest';
import { addedLines, scanSecrets } from '../../../src/core/gates/scan-secrets.ts';

const ghToken = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
const scan = (text: string) => scanSecrets([{ path: 'x.env', text }]).filter((a) => a.level === 'error').map((a) => a.message);

describe('scanSecrets', () => {
  it.each([
    ['a GitHub token', `token: ${ghToken}`, 1],
    ['an AWS key id', `aws_access_key_id = ${'AKIA'}IOSFODNN7EXAMPLE`, 1],
    ['a private key header', `-----BEGIN OPENSSH ${'PRIVATE'} KEY-----`, 1],
    ['a high-entropy assignment', 'API_KEY="q8Zr2LmX9vT4kPw7sN1c"', 1], // shopfloor:allow-secret
    ['a low-entropy placeholder', 'password = "changeme-changeme"', 0],
    ['a variable reference', 'GITHUB_TOKEN=${GITHUB_TOKEN}', 0],
    ['ordinary code', 'const tokenCount = computeTokens(input);', 0],
    ['a line marked as a known fake', `token: ${ghToken} # shopfloor:allow-secret`, 0],
  ])('%s', (_, text, count) => {
    expect(scan(text)).toHaveLength(count);
  });

  it('a marked line is a warning, not silence', () => {
    expect(scanSecrets([{ path: 'x', text: `t=${ghToken} shopfloor:allow-secret` }]).map((a) => a.level)).toEqual(['warning']);
  });

  it('never repeats the secret in its message', () => {
    const [message] = scan(`export GH=${ghToken}`);
    expect(message).toContain('GitHub token');
    expect(message).not.toContain(ghToken);
  });

  it('reads added lines of a unified diff with their line numbers', () => {
    const diff = ['diff --git a/a.txt b/a.txt', '--- a/a.txt', '+++ b/a.txt', '@@ -3,0 +4,2 @@', '+first', `+key=${ghToken}`, '-removed'].join('\n');
    expect(addedLines(diff)).toEqual([{ path: 'a.txt', text: 'first', lineOffset: 4 }, { path: 'a.txt', text: `key=${ghToken}`, lineOffset: 5 }]);
    expect(scanSecrets(addedLines(diff)).map((a) => `${a.path}:${a.line}`)).toEqual(['a.txt:5']);
  });
});
