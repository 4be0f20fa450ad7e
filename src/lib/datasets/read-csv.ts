import { isUtf8 } from 'node:buffer';
import type { Problem } from '../problems/problem.ts';
import { decodeCsv } from './decode.ts';
import type { Resource } from './descriptor.ts';
import { fastCsv } from './fast-csv.ts';
import { parseCsv, type CsvOptions } from './parse-csv.ts';
import type { Row } from './row.ts';
import { validateRows } from './validate.ts';

export interface ReadCsv {
  header: string[];
  rows: Row[];
  lines: number[];
  problems: Problem[];
}

/**
 * A CSV file's bytes as typed rows with the line each starts on, or every problem
 * found. A well-formed, valid file is read in one pass (`fastCsv`: over its bytes when it is
 * UTF-8, else over its decoded text); anything else is decoded (`decodeCsv`: other encodings, or
 * what is wrong with the bytes) and read by papaparse and `validateRows`, which take every
 * dialect and say what is wrong where.
 */
export function readCsv(
  input: Uint8Array,
  resource: Resource,
  file: string,
  options: CsvOptions & { encoding?: string } = {},
): ReadCsv {
  const d = options.dialect ?? {};
  // Bytes are scanned for an ASCII delimiter and quote; a full-width "，" is found in the text.
  const ascii = (d.delimiter ?? ',').charCodeAt(0) < 0x80 && (d.quoteChar ?? '"').charCodeAt(0) < 0x80;
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const fromBytes = ascii && /^utf-?8$/i.test(options.encoding ?? 'utf-8') && isUtf8(bytes);
  if (fromBytes) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const fast = fastCsv({ bytes: bytes.subarray(bom) }, resource, file, options);
    if (fast) return { ...fast, problems: [] };
  }
  const decoded = decodeCsv(input, file, options.encoding);
  if ('problem' in decoded) return { header: [], rows: [], lines: [], problems: [decoded.problem] };
  // Text in another encoding, or with a full-width delimiter, gets the one pass too (once).
  const fast = fromBytes ? undefined : fastCsv({ text: decoded.text }, resource, file, options);
  if (fast) return { ...fast, problems: [] };
  const parsed = parseCsv(decoded.text, file, options);
  return { header: parsed.header, ...validateRows(parsed, resource, file) };
}
