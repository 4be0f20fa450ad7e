import { formatProblem } from '../problems/problem.ts';
import { type Ranking, rankOnData } from './load-rankings.ts';
import { type ChangeSplit, splitChange, withinUncertainty } from './split-change.ts';

/** A ranking's change since the previous edition that has it, split, with what could not be split and why. */
export interface EditionChange {
  split: ChangeSplit;
  /** Why this edition's method cannot be computed on the previous edition's data (so no method part). */
  methodUnavailable?: string | undefined;
  /** Whether this edition declares the previous year's data as revised (`previous.revised`). */
  revised: boolean;
  /** Entities whose published change is within the overlap of the two editions' Monte Carlo rank intervals. */
  withinUncertainty: Set<string>;
}

/** The split of every entity's change between two editions' computed rankings of the same id. */
export function editionChange(previous: Ranking, current: Ranking): EditionChange {
  const onOld = rankOnData(current, previous.dataset, current.result.spec.dataset);
  const split = splitChange({
    previous: previous.result,
    newMethodOldData: onOld.result,
    revised: current.revised,
    current: current.result,
  });
  const before = new Map(previous.uncertainty?.intervals.map((i) => [i.id, i]));
  const now = new Map(current.uncertainty?.intervals.map((i) => [i.id, i]));
  const within = new Set(
    split.entities
      .filter((e) => {
        const [a, b] = [before.get(e.id), now.get(e.id)];
        return e.change !== undefined && a && b && withinUncertainty(e.change, a, b);
      })
      .map((e) => e.id),
  );
  return {
    split,
    methodUnavailable: onOld.result ? undefined : onOld.problems.map(formatProblem).join('; '),
    revised: current.revised !== undefined,
    withinUncertainty: within,
  };
}
