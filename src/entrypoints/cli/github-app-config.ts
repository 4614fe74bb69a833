/** What `shopfloor serve` needs to host the GitHub App webhook, read from the environment (.env). */
export interface GitHubAppConfig {
  readonly appId: number;
  readonly privateKey: string;
  readonly webhookSecret: string;
  /** Where deliveries are accepted; Probot's default `/api/github/webhooks`. */
  readonly webhookPath: string;
  /** A smee.io channel forwarding GitHub's deliveries to this machine (local development only). */
  readonly webhookProxyUrl?: string;
}

export type GitHubAppConfigResult =
  | { readonly configured: false }
  | { readonly configured: true; readonly ok: true; readonly value: GitHubAppConfig }
  | { readonly configured: true; readonly ok: false; readonly errors: readonly string[] };

const where = 'set it in .env (copy .env.example) or the environment; docs/github-app.md "Install and run"';

/**
 * The App settings, or why they are unusable. None of APP_ID, PRIVATE_KEY, PRIVATE_KEY_PATH and
 * WEBHOOK_SECRET set means the App is not configured (the Writer runs alone); any of them set means all
 * must be, and each error names the variable, what is wrong and where to set it. `readText` reads
 * PRIVATE_KEY_PATH (relative to the working directory) and throws when the file cannot be read.
 */
export function readGitHubAppConfig(env: Readonly<Record<string, string | undefined>>, readText: (path: string) => string): GitHubAppConfigResult {
  const value = (name: string) => (env[name] ?? '').trim();
  if (!['APP_ID', 'PRIVATE_KEY', 'PRIVATE_KEY_PATH', 'WEBHOOK_SECRET'].some((name) => value(name) !== '')) return { configured: false };
  const errors: string[] = [];
  const appId = Number(value('APP_ID'));
  if (value('APP_ID') === '') errors.push(`APP_ID is missing: the App id from the App's settings page; ${where}`);
  else if (!Number.isSafeInteger(appId) || appId <= 0) errors.push(`APP_ID "${value('APP_ID')}" is not an App id (a positive whole number from the App's settings page); ${where}`);

  let privateKey = '';
  if (value('PRIVATE_KEY') !== '') privateKey = value('PRIVATE_KEY').replace(/\\n/g, '\n');
  else if (value('PRIVATE_KEY_PATH') !== '') {
    try {
      privateKey = readText(value('PRIVATE_KEY_PATH')).trim();
    } catch (error) {
      errors.push(`PRIVATE_KEY_PATH "${value('PRIVATE_KEY_PATH')}" cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); point it at the .pem file downloaded from the App's settings page`);
    }
  } else errors.push(`PRIVATE_KEY or PRIVATE_KEY_PATH is missing: the App's private key (inline, newlines as \\n) or the path to its .pem file; ${where}`);
  if (privateKey !== '' && !/^-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey)) {
    errors.push(`${value('PRIVATE_KEY') !== '' ? 'PRIVATE_KEY' : `PRIVATE_KEY_PATH "${value('PRIVATE_KEY_PATH')}"`} is not a PEM private key (it must start with "-----BEGIN RSA PRIVATE KEY-----"); download a new key from the App's settings page`);
  }

  const webhookSecret = value('WEBHOOK_SECRET');
  if (webhookSecret === '') errors.push(`WEBHOOK_SECRET is missing: the secret set on the App's webhook (deliveries are refused without it); ${where}`);

  const webhookPath = value('WEBHOOK_PATH') || '/api/github/webhooks';
  if (!webhookPath.startsWith('/')) errors.push(`WEBHOOK_PATH "${webhookPath}" must start with "/" (default /api/github/webhooks)`);
  const proxy = value('WEBHOOK_PROXY_URL');
  if (proxy !== '' && !/^https:\/\/\S+$/.test(proxy)) errors.push(`WEBHOOK_PROXY_URL "${proxy}" is not an https:// URL; create a channel at https://smee.io/new or leave it empty`);

  if (errors.length > 0) return { configured: true, ok: false, errors };
  return { configured: true, ok: true, value: { appId, privateKey, webhookSecret, webhookPath, ...(proxy !== '' ? { webhookProxyUrl: proxy } : {}) } };
}
