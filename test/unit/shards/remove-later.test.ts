import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { leftovers, removeLater } from '../../../src/lib/shards/remove-later.ts';

const tempDir = tempDirs('bluebook-remove-');

/** The pid of a process that has ended. */
const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

describe('removeLater(dir)', () => {
  it('removes the folder and everything in it, after returning', async () => {
    const old = join(tempDir(), 'dist.old-1');
    mkdirSync(join(old, '2018/b1'), { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(old, '2018/b1', `${i}.html`), '旧页面');
    removeLater(old);
    for (let i = 0; i < 200 && existsSync(old); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(old)).toBe(false);
  });
});

describe('leftovers(out)', () => {
  it('lists the old and temporary folders of builds whose process is gone, not a running one’s or other folders', () => {
    const root = tempDir();
    const dead = deadPid();
    for (const name of [
      'dist',
      `dist.old-${dead}`,
      `dist.tmp-${dead}`,
      `dist.old-${process.pid}`,
      'dist.old-x',
      `distx.old-${dead}`,
      `dist.tmp-${dead}.txt`,
    ])
      mkdirSync(join(root, name));
    expect(leftovers(join(root, 'dist')).sort()).toEqual([
      join(root, `dist.old-${dead}`),
      join(root, `dist.tmp-${dead}`),
    ]);
    expect(leftovers(join(root, 'missing', 'dist'))).toEqual([]);
  });
});
