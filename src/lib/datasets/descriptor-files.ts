// What the parts of the Data Package loader share: the files of a data folder, where a descriptor
// path sits in its file, and zod problems moved under a resource's path.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Path } from '../problems/yaml-source.ts';

export function prefixed(error: z.ZodError, path: PropertyKey[]): z.ZodError {
  return new z.ZodError(
    error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })) as z.core.$ZodIssue[],
  );
}

/** Files below `dir`, relative to it, with forward slashes (a package may keep its tables in data/). */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

export interface Context {
  dir: string;
  year?: number;
  file: string;
  at: (path: Path) => { file: string; line: number; column: number };
  rel: (p: string) => string;
  names?: string[];
}

export const isUrl = (p: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p);
