import type { Problem } from './problem.ts';

/** A cause seen this many times or fewer is listed at each place; more often, once for the file. */
export const LISTED_EACH = 3;

export interface ProblemCollector {
  add(p: Problem): void;
  /** The problems so far: each root cause once when it repeats, at most `cap` then a count. */
  list(): Problem[];
}

/** A value written in quotes, with its letters and digits reduced to their kind: "2018/1/2" and
 * "2019/12/31" are the same mistake; numbers outside quotes (a count of cells, a bound) stay. */
const shapeOf = (found: string) =>
  found.replace(/"(?:[^"\\]|\\.)*"/g, (q) => q.replace(/\p{Nd}+/gu, '9').replace(/\p{L}+/gu, 'a'));

const lineList = (first: number, last: number, count: number) =>
  last - first + 1 === count ? `lines ${first}–${last}` : `first at line ${first}, last at line ${last}`;

/**
 * Collect the problems of one file so that one root cause gives one problem: a defect repeated
 * on many rows (the same extra cell, a date written the same wrong way) is reported once, at its
 * first place, with how many rows have it and where they run; the other problems are kept as
 * they are, the first `cap` listed and the rest counted.
 */
export function collectProblems(file: string, cap: number): ProblemCollector {
  const causes = new Map<string, { first: Problem[]; count: number; lastLine: number | undefined }>();
  let uncounted = 0;
  return {
    add(p) {
      const key = `${p.file}\0${p.where ?? ''}\0${p.expected}\0${shapeOf(p.found)}`;
      const c = causes.get(key);
      if (c) {
        c.count++;
        c.lastLine = p.line;
        if (c.first.length < LISTED_EACH) c.first.push(p);
      } else if (causes.size < cap) causes.set(key, { first: [p], count: 1, lastLine: p.line });
      else uncounted++;
    },
    list() {
      const out: Problem[] = [];
      for (const { first, count, lastLine } of causes.values()) {
        if (count <= LISTED_EACH) {
          out.push(...first);
          continue;
        }
        const p = first[0]!;
        const where = p.line !== undefined && lastLine !== undefined ? `, ${lineList(p.line, lastLine, count)}` : '';
        out.push({ ...p, found: `${p.found} on ${count} rows${where} (one cause: fix it once)` });
      }
      const more = out.length - cap + uncounted;
      if (more <= 0) return out;
      return [
        ...out.slice(0, cap),
        { file, expected: 'no more problems', found: `${more} more not listed (only the first ${cap} are shown)` },
      ];
    },
  };
}
