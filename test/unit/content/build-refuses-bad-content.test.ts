import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = resolve('scripts/build.ts');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copy a fixture project with a previous dist/ in it, and run the build there. */
function buildFixture(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-build-'));
  dirs.push(dir);
  cpSync(resolve('test/fixtures/content', name), dir, { recursive: true });
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'previous build');
  const r = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
  return { ...r, dir };
}

describe('npm run build (scripts/build.ts) on bad content', () => {
  for (const [fixture, expected] of [
    [
      'unknown-part',
      /content\/2030\/chapters\/b1\.mdx:3:7 {2}part: expected one of the edition's parts: general, cases; found "genral"/,
    ],
    ['missing-field', /content\/2030\/chapters\/b1\.mdx:\d+:\d+ {2}authors: expected .*array.*; found \(missing\)/],
    ['duplicate-code', /content\/2030\/chapters\/b1\.mdx:2:7 {2}code: expected a code no other chapter has/],
  ] as const) {
    it(`fails on ${fixture} with file:line:col, and leaves the previous dist/ untouched`, () => {
      const r = buildFixture(fixture);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).toContain('Nothing was written');
      expect(readFileSync(join(r.dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
      expect(existsSync(join(r.dir, 'dist.tmp-' + r.pid))).toBe(false);
    });
  }
});
