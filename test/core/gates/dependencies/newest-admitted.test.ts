import { describe, expect, it } from 'vitest';
import { newestAdmitted } from '../../../../src/core/gates/dependencies/newest-admitted.ts';
import { admittedPep440, comparePep440, parsePep440 } from '../../../../src/core/gates/dependencies/pep440.ts';
import type { Release } from '../../../../src/ports/package-registry.ts';

const releases = (...versions: string[]): Release[] => versions.map((version, i) => ({ version, at: i }));
const newest = (ecosystem: 'npm' | 'cargo' | 'pypi', version: string, list: Release[]) => {
  const found = newestAdmitted({ ecosystem, version }, list);
  return found.kind === 'found' ? found.release.version : found.kind;
};

describe('the newest release a range admits', () => {
  it('npm reads ranges as node-semver does: carets, tildes, x-ranges, unions; pre-releases only when named', () => {
    const list = releases('1.2.0', '1.2.5', '1.3.0', '1.4.0-beta.1', '2.0.0', '2.1.0-rc.1');
    expect(newest('npm', '^1.2.0', list)).toBe('1.3.0');
    expect(newest('npm', '~1.2.0', list)).toBe('1.2.5');
    expect(newest('npm', '1.x', list)).toBe('1.3.0');
    expect(newest('npm', '>=1.2.0 <1.3.0 || ^2.0.0', list)).toBe('2.0.0');
    expect(newest('npm', '*', list)).toBe('2.0.0');
    expect(newest('npm', '^1.4.0-beta.0', list)).toBe('1.4.0-beta.1');
    expect(newest('npm', '^3.0.0', list)).toBe('none');
    expect(newestAdmitted({ ecosystem: 'npm', version: 'github:user/repo' }, list)).toEqual({ kind: 'unreadable', reason: '"github:user/repo" is not a semver range' });
    expect(newestAdmitted({ ecosystem: 'npm', version: 'latest' }, list).kind).toBe('unreadable');
  });

  it('Cargo reads a bare version as a caret requirement, commas as "and", and skips yanked releases', () => {
    const list = [...releases('0.2.3', '0.2.9', '0.3.0', '1.2.0', '1.9.0'), { version: '1.9.9', at: 9, yanked: true }];
    expect(newest('cargo', '1.2', list)).toBe('1.9.0');
    expect(newest('cargo', '0.2.3', list)).toBe('0.2.9');
    expect(newest('cargo', '=1.2.0', list)).toBe('1.2.0');
    expect(newest('cargo', '>= 0.2.5, < 1.5', list)).toBe('1.2.0');
    expect(newest('cargo', '~0.2', list)).toBe('0.2.9');
    expect(newest('cargo', '*', list)).toBe('1.9.0');
  });

  it('PyPI reads PEP 440 specifiers: ranges, compatible release, wildcards, exclusions, pre- and post-releases', () => {
    const list = releases('1.0', '1.4.2', '1.4.5.post1', '1.5.0rc1', '1.5.0', '2.0.dev3', '2.0a1', '2.1b2');
    expect(newest('pypi', '>=1.0,<1.5', list)).toBe('1.4.5.post1');
    expect(newest('pypi', '~=1.4.2', list)).toBe('1.4.5.post1');
    expect(newest('pypi', '~=1.4', list)).toBe('1.5.0');
    expect(newest('pypi', '==1.4.*', list)).toBe('1.4.5.post1');
    expect(newest('pypi', '!=1.5.0,<2', list)).toBe('1.4.5.post1');
    expect(newest('pypi', '*', list)).toBe('1.5.0');
    expect(newest('pypi', '>=2.0a1', list)).toBe('2.1b2');
    expect(newest('pypi', '>=2', list)).toBe('2.1b2');
    expect(newest('pypi', '>=3', list)).toBe('none');
    expect(newest('pypi', '<1.5.0', list)).toBe('1.4.5.post1');
    expect(newest('pypi', '>1.4.5', list)).toBe('1.5.0');
    expect(newestAdmitted({ ecosystem: 'pypi', version: '@ git+https://example.test/x' }, list).kind).toBe('unreadable');
  });

  it.each([
    ['===1.0.0+local', ['1.0.0', '1.0.0+local', '1.0.0+local2'], ['1.0.0+local']],
    ['===1.0', ['1.0', '1.0.0', '1.0.post1'], ['1.0']],
    ['===1.0.0', ['1.0', '1.0.0+local'], []],
    ['===1.0RC1', ['1.0rc1', '1.0c1', '1.0'], ['1.0rc1']],
    ['===foobar', ['1.0', 'foobar', 'foobar2'], ['foobar']],
    ['=== FOOBAR', ['FooBar'], ['FooBar']],
    ['===1.0, <2', ['1.0', '1.5'], ['1.0']],
    ['===foobar, >=1', ['foobar'], []],
    ['*', ['foobar', '1.0'], ['1.0']],
  ])('PyPI %s over %j admits %j: arbitrary equality is the text as written, any case, PEP 440 or not', (specifier, versions, admitted) => {
    expect(admittedPep440(specifier, versions)).toEqual(admitted);
  });

  it('the newest release of an arbitrary-equality pin is that release, PEP 440 or not', () => {
    const list = releases('0.9', '1.0.0+local', 'foobar', '2.0');
    expect(newest('pypi', '===1.0.0+local', list)).toBe('1.0.0+local');
    expect(newest('pypi', '===foobar', list)).toBe('foobar');
    expect(newest('pypi', '===1.0.0', list)).toBe('none');
  });

  it('PyPI admits pre-releases when nothing final matches, as pip does', () => {
    expect(admittedPep440('>=1.5', ['1.0', '2.0b1', '2.0rc1'])).toEqual(['2.0b1', '2.0rc1']);
  });

  it('orders PEP 440 versions: dev < pre < final < post, with implicit zeros and spelling variants', () => {
    const order = ['1.0.dev1', '1.0a1.dev1', '1.0a1', '1.0b2', '1.0rc1', '1.0', '1.0.0', '1.0.post1.dev1', '1.0-1', '1.0.1', '1!0.5'];
    const parsed = order.map((v) => parsePep440(v)!);
    for (let i = 1; i < parsed.length; i++) expect(comparePep440(parsed[i - 1]!, parsed[i]!)).toBeLessThanOrEqual(0);
    expect(comparePep440(parsePep440('1.0')!, parsePep440('1.0.0')!)).toBe(0);
    expect(comparePep440(parsePep440('1.0-1')!, parsePep440('1.0.post1')!)).toBe(0);
    expect(parsePep440('not-a-version')).toBeUndefined();
  });
});
