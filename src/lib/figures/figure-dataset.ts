import type { Dataset } from '../datasets/dataset.ts';
import type { Field } from '../datasets/descriptor.ts';
import type { RenderedFigure } from './render-figure.ts';
import type { FigureSpec } from './spec.ts';

/**
 * The data a figure shows (its table) as a dataset of its own, for the figure's zip: its columns
 * as fields, the provenance of the dataset it was drawn from, and that dataset named. A figure that
 * adds rows up (groupBy) shows derived data, computed from the dataset; illustrative stays so.
 */
export function figureDataset(figure: {
  spec: FigureSpec;
  number: string;
  dataset: Dataset;
  rendered: Pick<RenderedFigure, 'table'>;
}): Dataset {
  const { spec, number, dataset } = figure;
  const { columns, rows } = figure.rendered.table;
  // A column of row sources, a former name, the CSV's size and hash: the dataset's, not the figure's.
  const { rowSource: _rows, formerly: _formerly, bytes: _bytes, hash: _hash, ...source } = dataset.resource;
  const names = columns.map((c, i) => (columns.indexOf(c) === i ? c : `${c} (${i + 1})`));
  const fields: Field[] = names.map((name, i) => ({
    name,
    type:
      rows.some((r) => typeof r[i] === 'number') && rows.every((r) => r[i] === null || typeof r[i] === 'number')
        ? 'number'
        : 'string',
  }));
  const derived = source.status !== 'illustrative' && spec.groupBy !== undefined;
  const from = `${dataset.year}年版数据集 ${source.name}（${source.title.zh}）`;
  return {
    year: dataset.year,
    file: dataset.file,
    resource: {
      ...source,
      name: spec.id,
      paths: [],
      title: { zh: `${number} ${spec.title}` },
      description: `${number}「${spec.title}」所示的数据，${derived ? '由' : '取自'}${from}${derived ? '汇总而成' : ''}。`,
      schema: { fields },
      status: derived ? 'derived' : source.status,
      ...(derived ? { derivedFrom: [source.name] } : {}),
    },
    rows: rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? null]))),
  };
}
