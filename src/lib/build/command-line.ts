import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { runBuilds } from '../shards/index.ts';
import type { BuildEffects, BuildOptions } from './build-site.ts';

/** `npm run build`'s arguments and environment as build options (throws on an unknown flag). */
export function buildOptions(args: string[], env: Record<string, string | undefined>, root: string): BuildOptions {
  const { values: o } = parseArgs({
    args,
    options: {
      force: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      edition: { type: 'string', multiple: true },
      assemble: { type: 'boolean', default: false },
      shards: { type: 'string' },
      // The flag's name before build shards were told apart from the book's parts (edition.yaml).
      parts: { type: 'string' },
      jobs: { type: 'string' },
      together: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const jobs = Math.max(1, Number(o.jobs ?? env.BLUEBOOK_JOBS ?? availableParallelism()) || 1);
  return {
    root,
    env,
    jobs,
    force: o.force,
    verbose: o.verbose,
    assemble: o.assemble,
    together: o.together,
    ...(o.edition ? { editions: o.edition } : {}),
    ...((o.shards ?? o.parts) ? { shards: (o.shards ?? o.parts)! } : {}),
  };
}

/** The build's effects in this process: the console, and Astro runs as child processes. */
export const processEffects: BuildEffects = {
  log: (l) => console.log(l),
  warn: (l) => console.warn(l),
  error: (l) => console.error(l),
  raw: (t) => process.stderr.write(t),
  runBuilds,
  pid: process.pid,
};
