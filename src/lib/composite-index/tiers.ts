/** The tier of a score: the first tier (highest `minScore` first) whose threshold it reaches. */
export function tierOf(score: number, tiers: readonly { label: string; minScore: number }[]): string | undefined {
  return [...tiers].sort((a, b) => b.minScore - a.minScore).find((t) => score >= t.minScore)?.label;
}
