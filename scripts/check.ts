// `npm run check`: validate all editions' content (and, as they are added, data, rankings and
// figure references) without building, printing every problem as file:line:col.
import { runChecks } from '../src/lib/check/index.ts';
import { formatProblem } from '../src/lib/problems/index.ts';

const started = performance.now();
const { problems, warnings, summary } = runChecks(process.cwd());
if (warnings.length)
  console.warn(
    `${warnings
      .map(formatProblem)
      .map((l) => `warning: ${l}`)
      .join('\n')}\n`,
  );
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} found (${summary}).`);
  process.exit(1);
}
console.log(
  `✓ ${summary}: no problems${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''} (${Math.round(performance.now() - started)} ms).`,
);
