import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { outputFingerprint } from '../cache/index.ts';
import type { PreviousAssembly } from '../shards/index.ts';

/** What the last build left: its inputs, dist/ as it left it, and what its assembly filled the pages from. */
export interface Stamp {
  inputs: string;
  output: string;
  assembly?: Omit<PreviousAssembly, 'dir'>;
}

/** The stamp in `file`, or undefined when there is none (or a broken one). */
export function readStamp(file: string | undefined): Stamp | undefined {
  try {
    return file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Stamp) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStamp(file: string, stamp: Stamp): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(stamp));
}

/** Nothing changed since the last build: the same inputs, and `outDir` as that build left it. */
export function upToDate(file: string | undefined, inputs: string, outDir: string): boolean {
  if (!existsSync(join(outDir, 'index.html'))) return false;
  const last = readStamp(file);
  return !!last && last.inputs === inputs && last.output === outputFingerprint(outDir);
}
