import { shannonEntropy } from './shannon-entropy.ts';

/** A secret found by its context on a line (an assignment, a URL), as offsets of the value alone. */
export interface ContextHit {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly label: string;
}

const pemBlock = /-----BEGIN [A-Z0-9 ]*(?:PRIVATE KEY|CERTIFICATE|KEY)[A-Z ]*-----[\s\S]*?(?:-----END [A-Z0-9 ]*-----|$)/g;
const bearer = /(\b(?:authorization|bearer)\s*[:=]?\s*(?:bearer|basic|token)?\s+)([A-Za-z0-9._~+/=-]{20,})/gi;
const awsSecret = /(aws_secret_access_key\s*[:=]\s*["']?)([A-Za-z0-9/+=]{40})/gi;
const assignment = /(\b([A-Za-z0-9_.-]*(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|credential)s?)["']?\s*[:=]\s*["']?)([A-Za-z0-9+/_=.-]{16,})/gi;
const urlPassword = /(\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/?#"'<>]{1,256}:)([^\s@/?#"'<>]{1,256})@([^\s/?#:"'<>]*)/gi;
/** Stand-ins people write where a password goes; not secrets. */
const placeholder = /^(?:\*+|x+|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^>]*>|\{+[^}]*\}+|%s|\[REDACTED[^\]]*\])$/i;
const loopback = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Secrets recognised by context rather than shape: PEM blocks, `Authorization:` values, AWS secret keys,
 * high-entropy values assigned to secret-looking names (≥ 3.5 bits/char, so `password = changeme-please`
 * passes), and passwords in URLs (`postgres://user:pass@host`; `url-password-local` when the host is
 * loopback, so a scanner can treat a test database more gently).
 */
export function findContextSecrets(text: string): ContextHit[] {
  const hits: ContextHit[] = [];
  for (const match of text.matchAll(pemBlock)) hits.push({ start: match.index, end: match.index + match[0].length, kind: 'pem-block', label: 'PEM block' });
  const valueAfter = (match: RegExpMatchArray, kind: string, label: string) => {
    const start = match.index! + match[1]!.length;
    hits.push({ start, end: start + match[2]!.length, kind, label });
  };
  for (const match of text.matchAll(bearer)) valueAfter(match, 'bearer', 'Authorization header value');
  for (const match of text.matchAll(awsSecret)) valueAfter(match, 'aws-secret', 'AWS secret access key');
  for (const match of text.matchAll(assignment)) {
    const value = match[3]!;
    if (shannonEntropy(value) < 3.5 || /^[a-z]+(?:[._-][a-z]+)*$/.test(value)) continue;
    const start = match.index + match[1]!.length;
    hits.push({ start, end: start + value.length, kind: 'assigned-secret', label: `"${match[2]!.slice(0, 60)}" is assigned a high-entropy value` });
  }
  for (const match of text.matchAll(urlPassword)) {
    if (placeholder.test(match[2]!)) continue;
    const local = loopback.test(match[3]!);
    valueAfter(match, local ? 'url-password-local' : 'url-password', local ? 'password in a URL to a loopback host' : 'password in a URL');
  }
  return hits;
}
