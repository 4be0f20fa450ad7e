import { findTags, type TagRef } from '../content/find-tags.ts';
import type { Problem } from '../problems/problem.ts';
import { agrees, decimalsInText, formatNumber, formatPercent, numberInText } from './format.ts';
import type { Dataset } from './load-datapackage.ts';
import { computeMeasure, measureKinds, type MeasureKind, type MeasureSpec } from './measures.ts';

/** A `<Num …/>` or `<Assert …>text</Assert>` element found in a chapter. */
export type DataRef = TagRef & { tag: 'Num' | 'Assert' };

/** Find the data references in an MDX body; `firstLine` is the file line the body starts on. */
export function findDataRefs(body: string, firstLine = 1): DataRef[] {
  return findTags(body, ['Num', 'Assert'], firstLine) as DataRef[];
}

export interface Evaluated {
  /** What the page shows: the computed value for Num, the author's words for Assert. */
  display: string;
  dataset: Dataset;
  /** The computed value as text, for titles and messages. */
  computed: string;
}

/** Parse `a=1;b=2` into a filter. */
function parseWhere(where: string | undefined): Record<string, string> | undefined {
  if (!where) return undefined;
  return Object.fromEntries(where.split(';').map((pair) => pair.split('=').map((s) => s.trim()) as [string, string]));
}

/**
 * Compute what a reference says and, for Assert, check the author's words against it.
 * Returns the text to show, or a Problem placed at the element in `file`.
 */
export function evaluateRef(ref: DataRef, datasets: readonly Dataset[], file: string): Evaluated | Problem {
  const at = { file, line: ref.line, column: ref.column };
  const name = ref.attrs.dataset;
  const dataset = datasets.find((d) => d.resource.name === name);
  if (!dataset)
    return {
      ...at,
      where: `<${ref.tag} dataset>`,
      expected: `a dataset of this edition: ${datasets.map((d) => d.resource.name).join(', ')}`,
      found: name ? `"${name}"` : '(missing)',
    };
  const measure = ref.attrs.measure as MeasureKind | undefined;
  if (!measure || !measureKinds.includes(measure))
    return {
      ...at,
      where: `<${ref.tag} measure>`,
      expected: `one of ${measureKinds.join(', ')}`,
      found: measure ? `"${measure}"` : '(missing)',
    };
  const fields = dataset.resource.schema.fields;
  const where = parseWhere(ref.attrs.where);
  for (const col of [ref.attrs.column, ref.attrs.label, ref.attrs.groupBy, ...Object.keys(where ?? {})]) {
    if (col && !fields.some((f) => f.name === col))
      return {
        ...at,
        where: `<${ref.tag}> column`,
        expected: `a column of ${name}: ${fields.map((f) => f.name).join(', ')}`,
        found: `"${col}"`,
      };
  }
  let total: number | undefined;
  if (ref.attrs.total) {
    const [totalName, totalColumn] = ref.attrs.total.split('#');
    const totalSet = datasets.find((d) => d.resource.name === totalName);
    if (!totalSet || !totalColumn)
      return {
        ...at,
        where: `<${ref.tag} total>`,
        expected: 'dataset#column, e.g. towns-2016-batch1-by-province#count',
        found: `"${ref.attrs.total}"`,
      };
    total = computeMeasure(totalSet.rows, { measure: 'sum', column: totalColumn }).value;
  }
  const spec: MeasureSpec = { measure };
  if (ref.attrs.column) spec.column = ref.attrs.column;
  if (where) spec.where = where;
  if (ref.attrs.groupBy) spec.groupBy = ref.attrs.groupBy;
  if (ref.attrs.label) spec.label = ref.attrs.label;
  if (ref.attrs.n) spec.n = Number(ref.attrs.n);
  if (total !== undefined) spec.total = total;
  let result: ReturnType<typeof computeMeasure>;
  try {
    result = computeMeasure(dataset.rows, spec);
  } catch (e) {
    return {
      ...at,
      where: `<${ref.tag} measure="${measure}">`,
      expected: 'a measure the data can answer',
      found: (e as Error).message,
    };
  }
  const unit = ref.attrs.unit ?? '';
  const labelled = measure === 'top' || ((measure === 'max' || measure === 'min') && ref.attrs.label);
  const computed = labelled
    ? measure === 'top'
      ? result.labels.join('、')
      : `${result.labels.join('、')}（${formatNumber(result.value)}${unit}）`
    : measure === 'share'
      ? formatPercent(result.value)
      : `${formatNumber(result.value)}${unit}`;

  if (ref.tag === 'Num') return { display: computed, dataset, computed };

  const claim = ref.attrs.expect ?? ref.text;
  if (!claim)
    return {
      ...at,
      where: '<Assert>',
      expected: 'the words to check between <Assert …> and </Assert>',
      found: 'nothing',
    };
  if (labelled) {
    const claimed = claim
      .split(/[,，、和及]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .sort();
    const actual = [...result.labels].sort();
    const same =
      claimed.length === actual.length && claimed.every((c, i) => actual[i] === c || actual[i]!.startsWith(c));
    if (!same)
      return {
        ...at,
        where: `<Assert dataset="${name}" measure="${measure}">`,
        expected: `the data's answer: ${result.labels.join('、')}`,
        found: `the text says "${claim}"`,
      };
  } else {
    const written = numberInText(claim);
    if (written === null)
      return { ...at, where: '<Assert>', expected: 'a number in the checked words', found: `"${claim}"` };
    if (!agrees(written, result.value, decimalsInText(claim))) {
      return {
        ...at,
        where: `<Assert dataset="${name}" measure="${measure}">`,
        expected: `${computed} (computed from ${name})`,
        found: `the text says ${claim}`,
      };
    }
  }
  return { display: ref.text || claim, dataset, computed };
}

/** True when an evaluation failed. */
export function isProblem(x: Evaluated | Problem): x is Problem {
  return 'expected' in x;
}
