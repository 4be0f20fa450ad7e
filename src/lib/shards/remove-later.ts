import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Remove `dir` in a process of its own that outlives this one: the site a build replaced is
 * tens of thousands of files, seconds of unlinking nobody needs to wait for. `dir` must be a
 * folder nothing reads any more (the old dist/, already renamed aside).
 */
export function removeLater(dir: string): void {
  const child = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

/** Whether process `pid` is running (one of another user's counts). */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Folders `<out>.old-<pid>` and `<out>.tmp-<pid>` left by builds that were killed (their process is gone). */
export function leftovers(out: string): string[] {
  const name = basename(out);
  const re = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:old|tmp)-(\\d+)$`);
  let entries: string[] = [];
  try {
    entries = readdirSync(dirname(out));
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const m = re.exec(e);
    return m && !alive(Number(m[1])) ? [join(dirname(out), e)] : [];
  });
}
