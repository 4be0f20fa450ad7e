// The bad-input corpus (test/fixtures/bad-input/cases.ts) run against the real build: each
// case must stop the build with its file:line message and leave the previous dist/ as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputs } from '../fixtures/bad-input/cases.ts';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';

let project: FixtureProject;
beforeAll(() => {
  project = fixtureProject();
  mkdirSync(join(project.dir, 'dist'));
  writeFileSync(join(project.dir, 'dist', 'index.html'), 'previous build');
});
afterAll(() => project?.remove());

// GB18030 bytes of the town-types CSV, made with iconv's table for the characters used.
function gbk(text: string): Uint8Array {
  const table: Record<string, number[]> = {};
  const decoder = new TextDecoder('gb18030');
  for (const ch of new Set(text)) {
    if (ch.charCodeAt(0) < 0x80) continue;
    // Search the two-byte GBK range for the character (cheap: about 24,000 pairs, once per character).
    outer: for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++)
        if (decoder.decode(new Uint8Array([a, b])) === ch) {
          table[ch] = [a, b];
          break outer;
        }
  }
  return new Uint8Array([...text].flatMap((ch) => table[ch] ?? [...Buffer.from(ch)]));
}

describe('the bad-input corpus', () => {
  it('has at least 40 cases', () => expect(badInputs.length).toBeGreaterThanOrEqual(40));

  for (const c of badInputs) {
    it(`${c.name}: the build stops with ${c.file}:line and the previous dist/ is untouched`, () => {
      const path = join(project.dir, c.file);
      const original = readFileSync(path);
      try {
        if (c.name.startsWith('encoding: GBK')) writeFileSync(path, gbk(original.toString('utf8')));
        else {
          const next = c.edit(original.toString('utf8'));
          if (next === null) rmSync(path);
          else writeFileSync(path, next);
        }
        const r = spawnSync(process.execPath, [resolve('scripts/build.ts')], { cwd: project.dir, encoding: 'utf8' });
        expect(r.status, r.stdout).toBe(1);
        expect(r.stderr).toMatch(c.expect);
        expect(r.stderr).toContain('Nothing was written');
        expect(readFileSync(join(project.dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
        expect(existsSync(join(project.dir, `dist.tmp-${r.pid}`))).toBe(false);
      } finally {
        writeFileSync(path, original);
        // A case that wrongly built the site must not make the next ones fail too.
        rmSync(join(project.dir, 'dist'), { recursive: true, force: true });
        mkdirSync(join(project.dir, 'dist'));
        writeFileSync(join(project.dir, 'dist', 'index.html'), 'previous build');
      }
    }, 30_000);
  }
});
