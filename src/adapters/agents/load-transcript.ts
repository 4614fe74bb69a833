import { readFile } from 'node:fs/promises';
import { transcriptSchema, type Transcript } from '../../core/agents/chat-messages.ts';

export type TranscriptLoad = { readonly ok: true; readonly transcript: Transcript } | { readonly ok: false; readonly error: string };

/** Reads and validates a transcript file (JSON, `format: shopfloor-transcript/v1`). */
export async function loadTranscript(file: string): Promise<TranscriptLoad> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, error: `cannot read the transcript ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${file} is not JSON: ${(error as Error).message}` };
  }
  const parsed = transcriptSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `${file} is not a shopfloor transcript: ${parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}` };
  return { ok: true, transcript: parsed.data };
}
