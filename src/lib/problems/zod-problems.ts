import type { z } from 'zod';
import { describeValue, type Problem } from './problem.ts';
import { valueAt, type YamlSource } from './yaml-source.ts';

/** Turn a zod error on YAML/JSON data into Problems placed at the offending lines. */
export function zodProblems(error: z.ZodError, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues.flatMap(unionBranch)) {
    const path = issue.path;
    const found = valueAt(source.data, path);
    const where = path.length ? path.map(String).join('.') : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const parent = valueAt(source.data, path);
        const known =
          parent && typeof parent === 'object' ? Object.keys(parent).filter((k) => !issue.keys.includes(k)) : [];
        problems.push({
          file: source.file,
          ...source.positionOf([...path, key], true),
          where: [...path, key].map(String).join('.'),
          expected: `no field "${key}" (known fields here: ${known.join(', ') || 'see the schema'})`,
          found: `unknown field "${key}"`,
        });
      }
      continue;
    }
    problems.push({
      file: source.file,
      ...source.positionOf(path),
      ...(where ? { where } : {}),
      expected: expectedOf(issue),
      found: found === undefined ? '(missing)' : describeValue(found),
    });
  }
  return problems;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // A schema's own wording (e.g. how to write a title) says more than the type's name.
      return issue.message && !issue.message.startsWith('Invalid input')
        ? issue.message
        : `a value of type ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `one of ${(issue.options as unknown[]).map(String).join(', ')}`
        : 'a value matching one of the allowed forms';
    case 'too_small':
      if (issue.origin === 'array') return `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'a non-empty text' : `at least ${issue.minimum} characters`;
      return `a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `at most ${issue.maximum} characters`;
      return `a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

/**
 * A value that matches the type of one branch of a union (an inline schema object rather than a
 * file name) but fails inside it is reported with that branch's own issues, at their places,
 * rather than as "matching one of the allowed forms".
 */
function unionBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || !Array.isArray(issue.errors)) return [issue];
  const typed = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
  if (typed.length !== 1) return [issue];
  return typed[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as z.core.$ZodIssue).flatMap(unionBranch);
}
