import { isCredentialName } from '../../core/env/build-environment.ts';
import { knownSecretValues } from '../../core/redaction/known-secret-values.ts';
import { applySpans } from '../../core/redaction/redact-secrets.ts';
import { createSecretDetector } from '../../core/redaction/secret-detector.ts';
import { createStreamRedactor } from '../../core/redaction/stream-redactor.ts';
import type { LogSink } from '../../ports/artifact-store.ts';
import type { VerifyChangeOptions } from './verify-types.ts';

/** A log sink whose every chunk is redacted before it reaches the store, and the same redaction for text. */
export interface RedactedLog extends LogSink {
  readonly redact: (text: string) => string;
}

/**
 * Opens the artifact-store log for one judged command, writing through the streaming redactor: the
 * process's own secrets (`sourceEnv`, `knownSecrets`), every token shape, and the values of credentials
 * the command was given by name (`env`) become markers the `secrets` gate reads back, so the stored log
 * never holds a secret and that gate still fails. Every log a judged command writes opens here.
 */
export function openRedactedLog(options: Pick<VerifyChangeOptions, 'store' | 'sourceEnv' | 'knownSecrets'>, env: Readonly<Record<string, string>>): RedactedLog {
  const credentials = Object.entries(env).filter(([name]) => isCredentialName(name)).map(([, value]) => value);
  const detect = createSecretDetector({ secrets: [...knownSecretValues(options.sourceEnv), ...(options.knownSecrets ?? [])].filter((value) => !credentials.includes(value)), credentials });
  const redactor = createStreamRedactor(detect);
  const sink = options.store.openLog();
  return {
    write: (chunk) => sink.write(redactor.push(chunk)),
    finish: () => (sink.write(redactor.flush()), sink.finish()),
    redact: (text) => applySpans(text, detect(text)),
  };
}
