import { generateKeyPairSync } from 'node:crypto';
import { ProbotOctokit } from 'probot';
import type { GitHubRequest } from '../../src/adapters/github/github-request.ts';

/** Octokit's own retry and throttling off: the adapter's retry is what tests exercise, and fast. */
export const TestOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, retry: { enabled: false }, throttle: { enabled: false } }));

/** An installation-token Octokit's `request`, as Probot hands the app. */
export function testRequest(): GitHubRequest {
  const octokit = new TestOctokit({ auth: { token: 'ghs_test' } });
  return octokit.request;
}

/** An App key made on the fly: no .pem file in the repo. */
export function testPrivateKey(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
}
