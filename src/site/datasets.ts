// Astro glue: the datasets of an edition, loaded (and checked) once per build.
import { loadDataPackage, type Dataset } from '../lib/datasets/index.ts';
import { throwProblems } from './content-problems.ts';

/** The checked datasets of edition `year`; throws with every problem if any is invalid. */
export function editionDatasets(year: number): Dataset[] {
  const pkg = loadDataPackage(process.cwd(), year);
  if (pkg.problems.length) throwProblems(pkg.problems);
  return pkg.datasets;
}

/** The year in a page URL such as /2018/b1/ or /en/2018/b1/. */
export function yearOfUrl(url: URL): number {
  const m = /\/(\d{4})(?:\/|$)/.exec(url.pathname);
  if (!m) throw new Error(`no edition year in ${url.pathname}`);
  return Number(m[1]);
}
