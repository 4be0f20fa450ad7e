import { isUtf8 } from 'node:buffer';
import type { Problem } from '../problems/problem.ts';
import { decodeCsv } from './decode.ts';
import type { Resource } from './descriptor.ts';
import { fastCsv } from './fast-csv.ts';
import { parseCsv, type CsvOptions } from './parse-csv.ts';
import type { Row } from './row.ts';
import { validateRows } from './validate.ts';

export interface ReadCsv { header: string[]; rows: Row[]; lines: number[]; problems: Problem[] }

/**
 * A CSV file's bytes (or its text) as typed rows with the line each starts on, or every problem
 * found. A well-formed, valid file in UTF-8 is read in one pass over its bytes (`fastCsv`);
 * anything else is decoded (`decodeCsv`: other encodings, or what is wrong with the bytes) and
 * read by papaparse and `validateRows`, which take every dialect and say what is wrong where.
 */
export function readCsv(input: Uint8Array | string, resource: Resource, file: string, options: CsvOptions & { encoding?: string } = {}): ReadCsv {
  let text: string;
  if (typeof input === 'string') {
    text = input;
    const fast = fastCsv({ text }, resource, file, options);
    if (fast) return { ...fast, problems: [] };
  } else {
    const utf8 = /^utf-?8$/i.test(options.encoding ?? 'utf-8');
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const fast = utf8 && isUtf8(bytes) ? fastCsv({ bytes: bytes.subarray(bom) }, resource, file, options) : undefined;
    if (fast) return { ...fast, problems: [] };
    const decoded = decodeCsv(input, file, options.encoding);
    if ('problem' in decoded) return { header: [], rows: [], lines: [], problems: [decoded.problem] };
    text = decoded.text;
  }
  const parsed = parseCsv(text, file, options);
  return { header: parsed.header, ...validateRows(parsed, resource, file) };
}
