// Builds dist/shopfloor-box.exe, the Windows box launcher (native/windows/*.c), with Debian's
// mingw-w64 (apt-get install gcc-mingw-w64-x86-64-win32). The flags are fixed and the PE timestamp is
// left out, so the same compiler gives the same bytes: `--check` rebuilds into a temp file and fails
// when the committed exe differs (CI runs it).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const compiler = 'x86_64-w64-mingw32-gcc';
const sourceDir = 'native/windows';
// Sorted, so the link order (and the bytes) never depend on the file system's listing order.
const sources = readdirSync(sourceDir).filter((name) => name.endsWith('.c')).sort().map((name) => join(sourceDir, name));
const target = 'dist/shopfloor-box.exe';
const flags = ['-std=c11', '-O2', '-s', '-Wall', '-Wextra', '-Werror', '-fno-ident', '-Wl,--no-insert-timestamp', '-Wl,--build-id=none'];
const libraries = ['-ladvapi32', '-lshell32', '-lcrypt32'];

const work = mkdtempSync(join(tmpdir(), 'shopfloor-native-'));
try {
  const built = join(work, 'shopfloor-box.exe');
  try {
    execFileSync(compiler, [...flags, '-o', built, ...sources, ...libraries], { stdio: 'inherit' });
  } catch (error) {
    console.error(`cannot build ${target} with ${compiler}: ${error.code === 'ENOENT' ? 'not installed (apt-get install gcc-mingw-w64-x86-64-win32)' : error.message}`);
    process.exit(1);
  }
  if (process.argv.includes('--check')) {
    if (!existsSync(target) || !readFileSync(target).equals(readFileSync(built))) {
      console.error(`${target} differs from a fresh build of ${sourceDir}: run \`npm run build:native\` and commit ${target} (${execFileSync(compiler, ['--version'], { encoding: 'utf8' }).split('\n')[0]})`);
      process.exit(1);
    }
    console.log(`${target} matches a fresh build of ${sourceDir}`);
  } else {
    copyFileSync(built, target);
    console.log(`built ${target}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
