import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { acquireLock, type LockHolder } from '../../../src/lib/build/lock.ts';

const tempDir = tempDirs('bluebook-lock-');
const deadPid = () =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

/** Another process that takes the lock, says so on stdout, holds it `ms`, writes `<file>.done` and exits
 * (its lock is released as it exits, after that file is written). */
function holdElsewhere(file: string, ms: number) {
  const code = `import { acquireLock } from ${JSON.stringify(resolve('src/lib/build/lock.ts'))};
    import { writeFileSync } from 'node:fs';
    await acquireLock(process.argv[1]); console.log('held');
    setTimeout(() => { writeFileSync(process.argv[1] + '.done', ''); process.exit(0); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code, file, String(ms)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const held = new Promise<void>((ok) => child.stdout.on('data', (d: Buffer) => d.toString().includes('held') && ok()));
  return { pid: child.pid!, held };
}

describe('acquireLock(file, options)', () => {
  it('takes a free lock at once, writing who holds it, and the release removes it', async () => {
    const file = join(tempDir(), '.astro', 'build.lock');
    const release = await acquireLock(file);
    expect((JSON.parse(readFileSync(file, 'utf8')) as LockHolder).pid).toBe(process.pid);
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('waits while another running process holds the lock, says so once, and takes it when that one ends', async () => {
    const file = join(tempDir(), 'build.lock');
    const other = holdElsewhere(file, 1500);
    await other.held;
    const told: LockHolder[] = [];
    const release = await acquireLock(file, { onWait: (h) => told.push(h), every: 50 });
    expect(told.map((h) => h.pid)).toEqual([other.pid]);
    // Taken only once the other had done its work and let go.
    expect(existsSync(`${file}.done`)).toBe(true);
    expect((JSON.parse(readFileSync(file, 'utf8')) as LockHolder).pid).toBe(process.pid);
    release();
  }, 20_000);

  it('takes over a lock left by a process that is gone (a killed build), without waiting', async () => {
    const file = join(tempDir(), 'build.lock');
    writeFileSync(file, JSON.stringify({ pid: deadPid(), since: '2026-01-01T00:00:00.000Z' }));
    const told: LockHolder[] = [];
    const release = await acquireLock(file, { onWait: (h) => told.push(h) });
    expect(told).toEqual([]);
    expect((JSON.parse(readFileSync(file, 'utf8')) as LockHolder).pid).toBe(process.pid);
    release();
  });

  it('leaves a lock another process holds when this one releases after losing it', async () => {
    const file = join(tempDir(), 'build.lock');
    const release = await acquireLock(file);
    writeFileSync(file, JSON.stringify({ pid: 1, since: 'now' }));
    release();
    expect(existsSync(file)).toBe(true);
  });
});
