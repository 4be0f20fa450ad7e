// `npm run --silent rank -- <spec.yaml> [--data <file.csv>] [--format csv|json]`: compute one ranking outside a build.
import { rankCommand } from '../src/lib/composite-index/index.ts';

const r = rankCommand(process.argv.slice(2), process.cwd());
if (r.out) process.stdout.write(r.out);
if (r.errors) process.stderr.write(r.errors + '\n');
process.exitCode = r.code;
