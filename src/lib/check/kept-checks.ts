import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckReuse, EditionCheck } from './run-checks.ts';

/**
 * Edition checks kept in `dir` by the hash of what they read: `inputs` gives each edition's hash
 * (shard-inputs.ts: the engine, the shared files and that edition's and every earlier edition's
 * files), so an edition whose hash is unchanged is not read again. Editions with no hash (a data
 * folder without content) are checked every time. `reuse: false` (a forced build) checks every
 * edition and keeps the results for the next build.
 */
export function keptChecks(
  dir: string,
  inputs: ReadonlyMap<string, string>,
  { reuse = true }: { reuse?: boolean } = {},
): CheckReuse & { reused: number[] } {
  const file = (year: number) => {
    const hash = inputs.get(String(year));
    return hash && join(dir, `${year}-${hash.slice(0, 32)}.json`);
  };
  const reused: number[] = [];
  return {
    reused,
    get(year) {
      const path = file(year);
      if (!path || !reuse) return undefined;
      try {
        const check = JSON.parse(readFileSync(path, 'utf8')) as EditionCheck;
        reused.push(year);
        return check;
      } catch {
        return undefined;
      }
    },
    set(check) {
      const path = file(check.year);
      if (!path) return;
      mkdirSync(dir, { recursive: true });
      for (const old of readdirSync(dir)) if (old.startsWith(`${check.year}-`)) rmSync(join(dir, old), { force: true });
      writeFileSync(path, JSON.stringify(check));
    },
  };
}
