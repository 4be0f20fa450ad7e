import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Write `files` (paths relative to `root`): each beside its place first, then all moved in, so that
 * an import that fails halfway leaves content/ as it was. */
export function writeStaged(root: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const staged: [string, string][] = [];
  for (const [path, body] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.import-${process.pid}`;
    writeFileSync(tmp, body);
    staged.push([tmp, target]);
  }
  for (const [tmp, target] of staged) renameSync(tmp, target);
}
