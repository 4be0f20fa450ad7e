import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { alive } from '../shards/remove-later.ts';

/** Who holds the lock: the process and when it took it. */
export interface LockHolder {
  pid: number;
  since: string;
}

export interface LockOptions {
  /** Told once, when the lock is held by another running process and this one starts to wait. */
  onWait?: (holder: LockHolder) => void;
  /** How often to look again while waiting, in ms. */
  every?: number;
}

const readHolder = (file: string): LockHolder | undefined => {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof h.pid === 'number' ? h : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Take the lock `file` for this process, waiting while another running process holds it; a lock
 * whose process is gone (a killed build) is taken over. Returns the release, which also runs when
 * this process exits.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<() => void> {
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, since: new Date().toISOString() };
  let told = false;
  let unreadable = 0;
  for (;;) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(file);
    // A file that stays unreadable (its writer died between creating and writing it) is stale too.
    unreadable = holder ? 0 : unreadable + 1;
    if (holder ? !alive(holder.pid) : unreadable > 250) {
      // Renamed first, so that of two processes finding the same stale lock only one removes it.
      const stale = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, stale);
        rmSync(stale, { force: true });
      } catch {
        // Another process took it over first.
      }
      continue;
    }
    if (holder && !told) {
      told = true;
      options.onWait?.(holder);
    }
    // No holder yet means the file is being written: look again soon.
    await new Promise((r) => setTimeout(r, holder ? (options.every ?? 250) : 20));
  }
  const release = () => {
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}
