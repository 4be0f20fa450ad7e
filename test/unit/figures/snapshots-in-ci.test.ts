// The chart snapshot suite run on a copy whose line.svg was deleted: under CI it fails and names
// the file; on a developer's machine it writes the file and passes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'bluebook-snapshots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copyWithout(snapshot: string): void {
  for (const name of ['src', 'node_modules'])
    if (!existsSync(join(dir, name))) symlinkSync(join(repo, name), join(dir, name));
  mkdirSync(join(dir, 'test/unit/figures'), { recursive: true });
  cpSync(join(repo, 'test/unit/figures/snapshots.test.ts'), join(dir, 'test/unit/figures/snapshots.test.ts'));
  rmSync(join(dir, 'test/output'), { recursive: true, force: true });
  cpSync(join(repo, 'test/output/figures'), join(dir, 'test/output/figures'), { recursive: true });
  rmSync(join(dir, 'test/output/figures', snapshot));
  writeFileSync(join(dir, 'vitest.config.ts'), "export default { test: { include: ['test/unit/**/*.test.ts'] } };\n");
}

const vitest = (env: Record<string, string | undefined>) =>
  spawnSync(process.execPath, [join(repo, 'node_modules/vitest/vitest.mjs'), 'run'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });

describe('chart snapshots with one deleted', () => {
  it('fail under CI=true and name the missing file', () => {
    copyWithout('line.svg');
    const r = vitest({ CI: 'true' });
    expect(r.status).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/Tests\s+1 failed \| 9 passed/);
    expect(out).toMatch(/test\/output\/figures\/line\.svg is missing/);
    expect(existsSync(join(dir, 'test/output/figures/line.svg'))).toBe(false);
  }, 120_000);

  it('are written and reported as new on a developer machine', () => {
    copyWithout('line.svg');
    const r = vitest({ CI: undefined, GITHUB_ACTIONS: undefined });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 written/);
    expect(existsSync(join(dir, 'test/output/figures/line.svg'))).toBe(true);
  }, 120_000);
});
