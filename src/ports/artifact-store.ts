/** A log being written: chunks stream to disk as they arrive; `finish` names it by its content. */
export interface LogSink {
  readonly write: (chunk: string) => void;
  /** Closes the file and moves it to its content address; returns `sha256:<hex>`. */
  readonly finish: () => Promise<{ readonly digest: string; readonly bytes: number }>;
}

/** What one run left in the store, written as `runs/<runId>.json`. */
export interface RunIndex {
  readonly runId: string;
  readonly createdAt: number;
  readonly head: string;
  readonly base: string;
  readonly workOrder?: string;
  readonly reportDigest?: string;
  readonly artifacts: readonly { readonly name: string; readonly digest: string }[];
}

/** A gate that passed, so an identical later run can be recorded as `cached` instead of rerun. */
export interface CacheEntry {
  readonly runId: string;
  readonly gateId: string;
  readonly logDigest?: string;
  readonly reportDigest?: string;
  readonly at: number;
}

/**
 * Content-addressed artifacts (logs, reports): `sha256:<hex>` names a blob at a deterministic path, so a
 * report can reference evidence by digest; runs are indexed; old runs are pruned by count or age.
 */
export interface ArtifactStore {
  readonly root: string;
  readonly openLog: () => LogSink;
  readonly put: (content: string | Uint8Array) => Promise<string>;
  readonly read: (digest: string) => Promise<Uint8Array | undefined>;
  /** Streams a blob in chunks (constant memory for logs of any size); undefined when it does not exist. */
  readonly openRead: (digest: string) => Promise<AsyncIterable<Uint8Array> | undefined>;
  /** Where a digest lives on disk (whether or not it exists yet). */
  readonly pathOf: (digest: string) => string;
  readonly writeRunIndex: (index: RunIndex) => Promise<string>;
  readonly listRuns: () => Promise<readonly RunIndex[]>;
  readonly lookupCache: (key: string) => Promise<CacheEntry | undefined>;
  readonly recordCache: (key: string, entry: CacheEntry) => Promise<void>;
  /**
   * Removes runs beyond `maxRuns` (newest kept) or older than `maxAgeMs`, then blobs no kept run references.
   * Blobs written within `graceMs` of `now` are kept: they may belong to a run still in progress.
   */
  readonly prune: (options: { readonly maxRuns?: number; readonly maxAgeMs?: number; readonly now: number; readonly graceMs?: number }) => Promise<{ readonly removedRuns: number; readonly removedBlobs: number }>;
}
