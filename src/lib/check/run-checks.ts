import { checkContent } from '../content/check-content.ts';
import type { Problem } from '../problems/problem.ts';

/** Every check an edition must pass before it is built. */
export function runChecks(root: string): { problems: Problem[]; summary: string } {
  const content = checkContent(root);
  const chapters = content.editions.reduce((n, e) => n + e.chapters.length, 0);
  return {
    problems: content.problems,
    summary: `${content.editions.length} edition(s), ${chapters} chapters`,
  };
}
