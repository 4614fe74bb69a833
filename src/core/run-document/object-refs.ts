/**
 * The objects a run document's text names (commits, reports and logs by digest, work-order files, agent
 * branches, exported patches, GitHub pages), found by pattern so the Writer can link each one that
 * exists. The same table drives the browser (serialized into the page script) and the server.
 */
export type ObjectKind = 'artifact-path' | 'digest' | 'work-order-file' | 'branch' | 'patches' | 'github' | 'commit';

/**
 * Tried left to right at each position: a digest before a commit, so the hex of `sha256:…` is not
 * read as a commit id. Each pattern has one group: the object's key.
 */
export const objectPatterns = [
  { kind: 'artifact-path', source: 'artifacts/sha256/([0-9a-f]{2}/[0-9a-f]{62})' },
  { kind: 'digest', source: 'sha256:([0-9a-f]{12,64})' },
  { kind: 'work-order-file', source: '\\bworkorders/([a-z0-9][a-z0-9-]*)\\.ya?ml\\b' },
  { kind: 'branch', source: '\\b((?:agent/[a-z0-9][a-z0-9-]*|shopfloor/(?:revert|train))/[0-9a-z][0-9a-z-]*)' },
  { kind: 'patches', source: '\\.shopfloor/patches/([a-z0-9][a-z0-9-]*)' },
  { kind: 'github', source: '(https://github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/(?:issues|pull|runs|actions/runs|commit|checks)/[A-Za-z0-9_./?=#-]*[A-Za-z0-9/])' },
  // Not inside a name (`fix-<sha>` is a work order, `refs/…/<sha>` a ref): only a commit id standing alone.
  { kind: 'commit', source: '(?<![\\w/.-])([0-9a-f]{12,40})\\b' },
] as const satisfies readonly { readonly kind: ObjectKind; readonly source: string }[];

export interface ObjectRef {
  readonly kind: ObjectKind;
  /** The text as written (what gets the link). */
  readonly token: string;
  /** What names the object: a hex prefix, a work-order id, a branch name, a URL. */
  readonly key: string;
}

/** One regular expression of every pattern, one capture group each, in table order. */
export function objectRegExp(): RegExp {
  return new RegExp(objectPatterns.map((p) => p.source).join('|'), 'g');
}

/** Every object reference in `text`, in order; a token inside another (the hex of a digest) is not repeated. */
export function findObjectRefs(text: string): ObjectRef[] {
  const refs: ObjectRef[] = [];
  for (const match of text.matchAll(objectRegExp())) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    refs.push({ kind: objectPatterns[index]!.kind, token: match[0], key: match[index + 1]! });
  }
  return refs;
}

/** The work order a loop run lands, from its objective ("Land work order <id>: …"). */
export function workOrderOfObjective(objective: string): string | undefined {
  return /^Land work order ([a-z0-9][a-z0-9-]*):/.exec(objective)?.[1];
}
