/**
 * A problem in an editor's input (a chapter, a CSV cell, a descriptor field…).
 * Every build or check error an editor can cause is reported as one of these, so each
 * message names the file, the line and column, what was expected and what was found.
 */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line, when the problem has a place in the file. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The field, column or rule concerned, e.g. `part` or `population (minimum)`. */
  where?: string;
  expected: string;
  found: string;
}

/** Render a problem as `file:line:col  where: expected …, found …`. */
export function formatProblem(p: Problem): string {
  const place = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
  const where = p.where ? `${p.where}: ` : '';
  return `${place}  ${where}expected ${p.expected}; found ${p.found}`;
}

/** Thrown when editor input is invalid; carries every problem found, not just the first. */
export class ProblemError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'ProblemError';
    this.problems = problems;
  }
}

/** Quote a found value for a message: strings in quotes, empty as "(empty)". */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (value === null || value === '') return '(empty)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
