/** One dependency as a manifest or lockfile declares it. */
export interface DeclaredDependency {
  readonly ecosystem: 'npm' | 'cargo' | 'pypi';
  readonly name: string;
  /** The version or range as written. */
  readonly version: string;
  readonly file: string;
}

const npmSections = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Dependencies of a package.json; an unparsable file declares none (the JSON error surfaces elsewhere). */
export function parsePackageJson(text: string, file: string): DeclaredDependency[] {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  return npmSections.flatMap((section) => Object.entries((data?.[section] ?? {}) as Record<string, unknown>).map(([name, version]) => ({ ecosystem: 'npm' as const, name, version: String(version), file })));
}

/** `[dependencies]`-style tables of a Cargo.toml: `name = "1.2"` and `name = { version = "1.2", ... }`. */
export function parseCargoToml(text: string, file: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  let inDependencies = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const table = /^\[(.+)\]$/.exec(line);
    if (table) {
      inDependencies = /(^|\.)(dev-|build-)?dependencies$/.test(table[1]!.trim());
      continue;
    }
    if (!inDependencies) continue;
    const entry = /^([A-Za-z0-9_-]+)\s*=\s*(?:"([^"]*)"|\{(.*)\})/.exec(line);
    if (!entry) continue;
    const inline = entry[3] ?? '';
    const version = entry[2] ?? /version\s*=\s*"([^"]*)"/.exec(inline)?.[1] ?? /(git|path)\s*=\s*"([^"]*)"|workspace\s*=\s*true/.exec(inline)?.[0] ?? '*';
    found.push({ ecosystem: 'cargo', name: entry[1]!, version, file });
  }
  return found;
}

/** `name==1.2`, `name>=1`, `name[extra]~=2` lines of a requirements file; options and comments skipped. */
export function parseRequirements(text: string, file: string): DeclaredDependency[] {
  return text.split(/\r?\n/).flatMap((raw) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith('-')) return [];
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(.*)$/.exec(line);
    return match ? [{ ecosystem: 'pypi' as const, name: match[1]!.toLowerCase().replace(/[._]+/g, '-'), version: match[2]!.replace(/;.*$/, '').trim() || '*', file }] : [];
  });
}

/** The parser for a manifest path, or undefined when the file is not one. */
export function manifestParser(path: string): ((text: string, file: string) => DeclaredDependency[]) | undefined {
  const name = path.split('/').pop() ?? '';
  if (name === 'package.json') return parsePackageJson;
  if (name === 'Cargo.toml') return parseCargoToml;
  if (/^requirements.*\.txt$/.test(name)) return parseRequirements;
  return undefined;
}

/** Entries added or changed between two versions of a manifest. */
export function changedDependencies(before: readonly DeclaredDependency[], after: readonly DeclaredDependency[]): { dependency: DeclaredDependency; previous?: string }[] {
  const old = new Map(before.map((d) => [`${d.ecosystem}:${d.name}`, d.version]));
  return after.filter((d) => old.get(`${d.ecosystem}:${d.name}`) !== d.version).map((dependency) => {
    const previous = old.get(`${dependency.ecosystem}:${dependency.name}`);
    return previous === undefined ? { dependency } : { dependency, previous };
  });
}
