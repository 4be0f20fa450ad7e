/** Saaty's random consistency index RI for n = 1…15 (Saaty 1980, the table Chinese index reports cite). */
export const randomIndex = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

export interface AhpResult {
  /** Principal-eigenvector weights, summing to 1, in the matrix's order. */
  weights: number[];
  lambdaMax: number;
  /** Consistency index (λmax − n) / (n − 1). */
  ci: number;
  /** Consistency ratio CI / RI; 0 for n ≤ 2 (always consistent). */
  cr: number;
}

/** Read a judgement written as a number or a fraction ("1/3"). */
export function judgementValue(x: number | string): number {
  if (typeof x === 'number') return x;
  const [a, b] = x.split('/').map((s) => Number(s.trim()));
  return b === undefined ? a! : a! / b;
}

/**
 * AHP weights of a positive reciprocal pairwise comparison matrix: the principal eigenvector
 * (power iteration to 1e-12), λmax, and Saaty's consistency ratio.
 */
export function ahpWeights(matrix: readonly (readonly number[])[]): AhpResult {
  const n = matrix.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 10_000; iter++) {
    const next = matrix.map((row) => row.reduce((s, a, j) => s + a * w[j]!, 0));
    const total = next.reduce((a, b) => a + b, 0);
    const normed = next.map((x) => x / total);
    const delta = normed.reduce((d, x, i) => Math.max(d, Math.abs(x - w[i]!)), 0);
    w = normed;
    if (delta < 1e-12) break;
  }
  const aw = matrix.map((row) => row.reduce((s, a, j) => s + a * w[j]!, 0));
  const lambdaMax = aw.reduce((s, x, i) => s + x / w[i]!, 0) / n;
  const ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = randomIndex[n] ?? randomIndex.at(-1)!;
  return { weights: w, lambdaMax, ci, cr: ri > 0 ? ci / ri : 0 };
}

/** Where a matrix is not a positive reciprocal matrix: the first entry that breaks the rule, or undefined. */
export function reciprocalProblem(
  matrix: readonly (readonly number[])[],
): { i: number; j: number; expected: string; found: string } | undefined {
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    if (matrix[i]!.length !== n)
      return {
        i,
        j: 0,
        expected: `a row of ${n} judgements (the matrix is ${n} × ${n})`,
        found: `${matrix[i]!.length}`,
      };
  }
  for (let i = 0; i < n; i++) {
    if (Math.abs(matrix[i]![i]! - 1) > 1e-9)
      return { i, j: i, expected: '1 on the diagonal', found: String(matrix[i]![i]) };
    for (let j = i + 1; j < n; j++) {
      const a = matrix[i]![j]!;
      const b = matrix[j]![i]!;
      if (Math.abs(a * b - 1) > 1e-3)
        return {
          i: j,
          j: i,
          expected: `the reciprocal of row ${i + 1}, column ${j + 1} (1/${+a.toFixed(4)})`,
          found: String(+b.toFixed(4)),
        };
    }
  }
  return undefined;
}
