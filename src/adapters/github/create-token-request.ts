import { Octokit } from '@octokit/core';
import type { GitHubRequest } from './github-request.ts';

/**
 * `octokit.request` authenticated with a token (the Action's `github-token`), against `baseUrl` (the
 * runner's `GITHUB_API_URL`, so GitHub Enterprise Server and test servers work). Fetch goes through
 * `globalThis.fetch`, which interceptors and proxies can see.
 */
export function createTokenRequest(token: string, baseUrl: string, userAgent: string): GitHubRequest {
  const octokit = new Octokit({ auth: token, baseUrl, userAgent, request: { fetch: (...args: Parameters<typeof fetch>) => globalThis.fetch(...args) } });
  return octokit.request;
}
