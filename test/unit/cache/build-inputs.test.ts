import { cpSync, mkdirSync, mkdtempSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  entriesUnder,
  fingerprintEntries,
  fingerprintOf,
  inputsHash,
  outputFingerprint,
} from '../../../src/lib/cache/build-inputs.ts';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'bluebook-inputs-'));
  mkdirSync(join(root, 'content/2018'), { recursive: true });
  cpSync('content/2018/edition.yaml', join(root, 'content/2018/edition.yaml'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');
  return root;
}

describe('inputsHash(root, env)', () => {
  it('is the same for the same files and settings, whatever their modification times', () => {
    const root = project();
    const before = inputsHash(root, {});
    utimesSync(join(root, 'src/a.ts'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(inputsHash(root, {})).toBe(before);
  });
  it('changes with a file of the report or the engine, a new file, or the site address', () => {
    const root = project();
    const before = inputsHash(root, {});
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;\n');
    const code = inputsHash(root, {});
    expect(code).not.toBe(before);
    writeFileSync(join(root, 'content/2018/new.mdx'), 'x');
    expect(inputsHash(root, {})).not.toBe(code);
    expect(inputsHash(root, { BLUEBOOK_SITE: 'https://a.example' })).not.toBe(inputsHash(root, {}));
  });
});

describe('outputFingerprint(dir)', () => {
  it('changes when a built file is touched or changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bluebook-out-'));
    writeFileSync(join(dir, 'index.html'), 'x');
    const before = outputFingerprint(dir);
    expect(outputFingerprint(dir)).toBe(before);
    writeFileSync(join(dir, 'index.html'), 'y');
    expect(outputFingerprint(dir)).not.toBe(before);
  });
});

describe('fingerprintOf(fingerprintEntries(dir, sub, into))', () => {
  it('equals outputFingerprint(dir) when gathered folder by folder, in any order, before and after the folders are moved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bluebook-out-'));
    for (const f of [
      '2018/b1/index.html',
      '2018/b1.x/index.html',
      '2018-b/index.html',
      'pagefind/fragment/zh_1.pf_fragment',
      'index.html',
      'en/2018/index.html',
      '中文/页面.html',
    ]) {
      mkdirSync(join(dir, dirname(f)), { recursive: true });
      writeFileSync(join(dir, f), f);
    }
    const entries = fingerprintEntries(dir, 'pagefind');
    for (const sub of ['en', '2018-b', '中文', '2018', 'index.html']) fingerprintEntries(dir, sub, entries);
    expect(fingerprintOf(entries)).toBe(outputFingerprint(dir));
    // A folder renamed into another site keeps its files' times.
    const other = mkdtempSync(join(tmpdir(), 'bluebook-out-'));
    renameSync(join(dir, '2018'), join(other, '2018'));
    const moved = fingerprintEntries(other, '2018');
    for (const sub of ['pagefind', 'en', '2018-b', '中文', 'index.html']) fingerprintEntries(dir, sub, moved);
    renameSync(join(other, '2018'), join(dir, '2018'));
    expect(fingerprintOf(moved)).toBe(outputFingerprint(dir));
    expect(fingerprintOf(fingerprintEntries(dir, 'en'))).not.toBe(outputFingerprint(dir));
  });
});

describe('entriesUnder(from, sub, into)', () => {
  it('takes from a whole folder’s entries what fingerprintEntries(dir, sub) reads, and nothing of a sibling', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bluebook-out-'));
    for (const f of ['2018/b1/index.html', '2018-b/index.html', '20180/x.html', 'en/2018/index.html', 'index.html']) {
      mkdirSync(join(dir, dirname(f)), { recursive: true });
      writeFileSync(join(dir, f), f);
    }
    const whole = fingerprintEntries(dir);
    for (const sub of ['2018', 'en/2018', 'en', 'index.html', './2018-b']) {
      const taken = new Map<string, string>();
      entriesUnder(whole, sub, taken);
      expect([...taken], sub).toEqual([...fingerprintEntries(dir, sub)]);
    }
    const taken = new Map<string, string>();
    entriesUnder(whole, '2018', taken);
    expect([...taken.keys()]).toEqual(['2018/b1/index.html']);
  });
});
