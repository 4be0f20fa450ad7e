import type { Dialect, Resource } from './descriptor.ts';
import type { Cell, Row } from './row.ts';
import { plainDate, plainNumber } from './field-types.ts';
import { KeySet } from './key-set.ts';
import { type TableChecker, tableChecker } from './validate.ts';

/** A CSV as decoded text, or as UTF-8 bytes already known to be valid (no byte-order mark). */
export type CsvInput = { text: string } | { bytes: Buffer };

/**
 * Read a CSV that is well formed and valid in one pass: cells are cut and typed where they
 * stand, without the intermediate arrays of strings a general parser builds (for a 200,000-row
 * table that is most of the time and memory). Given bytes, it scans them as they are (delimiter,
 * quote and line ends are ASCII, which UTF-8 never uses inside a character) and decodes only the
 * text cells, each distinct word once: numbers, dates and booleans are never decoded at all.
 * It takes the common dialect only (one-character delimiter and quote, quotes doubled, a header
 * row or given names, \n or \r\n) and answers only "these rows": at the first thing that is
 * not plainly right — a ragged row, a stray quote, any cell a check would complain of — it gives
 * up, and the caller reads the file with papaparse and `validateRows`, which say what is wrong.
 * So its rows, when it gives them, are those `validateRows(parseCsv(text))` gives without
 * problems.
 */
export function fastCsv(
  input: CsvInput,
  resource: Resource,
  file: string,
  options: { dialect?: Dialect | undefined; names?: string[] | undefined } = {},
): { header: string[]; rows: Row[]; lines: number[] } | undefined {
  const d = options.dialect ?? {};
  const delimiter = d.delimiter ?? ',';
  const quote = d.quoteChar ?? '"';
  if (delimiter.length !== 1 || quote.length !== 1 || delimiter === quote || delimiter === '\n' || delimiter === '\r')
    return undefined;
  if (
    d.doubleQuote === false ||
    (d.escapeChar !== undefined && d.escapeChar !== quote) ||
    d.commentChar !== undefined ||
    d.commentRows?.length ||
    d.headerRows !== undefined
  )
    return undefined;
  if (
    d.skipInitialSpace ||
    d.nullSequence !== undefined ||
    (d.lineTerminator !== undefined && d.lineTerminator !== '\n' && d.lineTerminator !== '\r\n')
  )
    return undefined;
  const hasHeader = d.header !== false;
  if (!hasHeader && !options.names) return undefined;

  const D = delimiter.charCodeAt(0);
  const Q = quote.charCodeAt(0);
  const bytes = 'bytes' in input ? input.bytes : undefined;
  if (bytes && (D >= 0x80 || Q >= 0x80)) return undefined;
  // Bytes are scanned as Latin-1 text: one character per byte, at the byte's offset.
  const text = bytes ? bytes.toString('latin1') : (input as { text: string }).text;
  const piece: Piece = bytes ? (from, to) => bytes.toString('utf8', from, to) : (from, to) => text.slice(from, to);
  // Words need decoding only from bytes; cut from text they are as they stand.
  const wordPiece = bytes ? piece : undefined;
  const end = text.length;
  // pos and line are this function's own (no closure shares them): the loops below are hot.
  let pos = 0;
  let line = 1;
  let lineEnd = 0;
  const cut: Cut = { cell: '', newlines: 0 };
  const sink = { failed: false };

  let header: string[];
  if (hasHeader) {
    header = [];
    for (;;) {
      if (text.charCodeAt(pos) === Q) {
        pos = cutQuoted(text, pos, Q, D, cut, piece);
        if (pos < 0) return undefined;
        line += cut.newlines;
        header.push(cut.cell.trim());
      } else {
        const to = cellEnd(text, pos, D, Q);
        if (to < 0) return undefined;
        header.push(piece(pos, to).trim());
        pos = to;
      }
      if (pos < end && text.charCodeAt(pos) === D) {
        pos++;
        continue;
      }
      break;
    }
    // A blank first line, or a header of one empty name: papaparse's reading decides.
    if (header.length === 1 && header[0] === '') return undefined;
    lineEnd = lineEndAt(text, pos);
    if (lineEnd < 0) return undefined;
    pos += lineEnd;
    line++;
  } else header = options.names!;
  const checker = tableChecker(resource, header, 1, file, () => (sink.failed = true));
  if (!checker) return undefined;
  const width = header.length;
  const fields = checker.fields;
  // For each column of the file, the field it fills (or -1) and how its cells can be read where
  // they stand (0: only through the field's converter and checks).
  const fieldOf = new Array<number>(width).fill(-1);
  checker.index.forEach((col, f) => {
    if (col >= 0) fieldOf[col] = f;
  });
  const quick = fieldOf.map((f) => {
    if (f < 0) return Quick.None;
    const field = fields[f]!;
    const simple =
      Object.keys(field.constraints ?? {}).every((key) => quickConstraints.has(key)) && !checker.missingSets[f];
    const format = field.format === undefined || field.format === 'default';
    if (!simple) return Quick.None;
    if (field.type === 'integer' || field.type === 'number') {
      const plain = field.groupChar === undefined && field.decimalChar === undefined && field.bareNumber !== false;
      return plain ? (field.type === 'integer' ? Quick.Integer : Quick.Number) : Quick.None;
    }
    if (field.type === 'date' && format) return Quick.Date;
    if (field.type === 'boolean' && !field.trueValues && !field.falseValues) return Quick.Boolean;
    if (field.type === 'string' && field.format === undefined) return Quick.Text;
    return Quick.None;
  });
  const words = quick.map((q): Words | undefined => (q === Quick.Text || q === Quick.Date ? newWords() : undefined));
  const { bounds, seen } = checker;
  const unique = seen.flatMap((s, f) => (s ? [f] : []));
  const uniqueSeen = unique.map(() => new KeySet());
  const bounded = bounds.map(
    (b) => b.min !== undefined || b.max !== undefined || b.xmin !== undefined || b.xmax !== undefined,
  );
  const values: Cell[] = new Array(fields.length).fill(null);
  const rows: Row[] = [];
  const lines: number[] = [];

  while (pos < end) {
    const start = line;
    // A blank line (or one empty quoted cell) is skipped, as papaparse's reading skips it.
    const blank = text.charCodeAt(pos) === Q && text.charCodeAt(pos + 1) === Q ? pos + 2 : pos;
    const blankEnd = lineEndAt(text, blank);
    if (blankEnd >= 0) {
      if (blankEnd > 0 && (lineEnd ||= blankEnd) !== blankEnd) return undefined;
      pos = blank + blankEnd;
      line++;
      continue;
    }
    for (let col = 0; col < width; col++) {
      if (col > 0) {
        if (pos >= end || text.charCodeAt(pos) !== D) return undefined; // fewer cells than the header
        pos++;
      }
      const f = fieldOf[col]!;
      if (text.charCodeAt(pos) === Q) {
        pos = cutQuoted(text, pos, Q, D, cut, piece);
        if (pos < 0) return undefined;
        line += cut.newlines;
        if (f >= 0) values[f] = checker.cell(f, cut.cell, start);
        continue;
      }
      const to = cellEnd(text, pos, D, Q);
      if (to < 0) return undefined;
      if (f >= 0) {
        const v = quickValue(text, pos, to, quick[col]!, words[col], wordPiece);
        if (v === undefined || (bounded[f] && !withinBounds(bounds[f]!, v)))
          values[f] = checker.cell(f, piece(pos, to), start);
        else values[f] = v;
      }
      pos = to;
    }
    // A cell's problem (or, below, a key's) leaves the file to papaparse's reading, which lists them all.
    if (sink.failed) return undefined;
    // So does a value of a unique field seen before, however its cell was read. (A field's values
    // are all of its one type, so their text tells them apart; 0 and -0 are one value, as in a Map.)
    for (let u = 0; u < unique.length; u++) {
      const v = values[unique[u]!]!;
      if (v !== null && !uniqueSeen[u]!.add(String(v))) return undefined;
    }
    const row = checker.quickRow(values);
    if (row === undefined) return undefined;
    rows.push(row);
    lines.push(start);
    // Every line must end as the first one does (\n or \r\n): papaparse guesses one kind for
    // the file, and to it a lone \n in a \r\n file is text in a cell.
    const n = lineEndAt(text, pos);
    if (n < 0 || (n > 0 && (lineEnd ||= n) !== n)) return undefined;
    pos += n;
    line++;
  }
  return { header, rows, lines };
}

interface Cut {
  cell: string;
  newlines: number;
}
/** The text of the cell from `from` to `to` (decoded, when the input is bytes). */
type Piece = (from: number, to: number) => string;

/** Cut the quoted cell at `pos` into `cut`: the position after its closing quote, or -1 when the quoting is not plainly
 * right. */
function cutQuoted(text: string, pos: number, Q: number, D: number, cut: Cut, piece: Piece): number {
  let cell = '';
  let newlines = 0;
  let from = ++pos;
  for (;;) {
    let q = pos;
    while (q < text.length && text.charCodeAt(q) !== Q) {
      if (text.charCodeAt(q) === 10) newlines++;
      q++;
    }
    if (q === text.length) return -1; // unclosed quote
    if (text.charCodeAt(q + 1) === Q) {
      cell += piece(from, q + 1);
      pos = from = q + 2;
      continue;
    }
    cell += piece(from, q);
    pos = q + 1;
    const next = pos < text.length ? text.charCodeAt(pos) : 10;
    if (next !== D && next !== 10 && next !== 13) return -1;
    cut.cell = cell;
    cut.newlines = newlines;
    return pos;
  }
}

/**
 * Where the unquoted cell at `pos` ends (its delimiter, line end or the text's end), or -1 when a quote is inside it.
 */
function cellEnd(text: string, pos: number, D: number, Q: number): number {
  const end = text.length;
  for (let ch = 0; pos < end; pos++) {
    ch = text.charCodeAt(pos);
    if (ch === D || ch === 10 || ch === 13) return pos;
    if (ch === Q) return -1;
  }
  return pos;
}

/** The length of the line end at `pos`: 1 (\n), 2 (\r\n), 0 at the text's end, -1 for anything else. */
function lineEndAt(text: string, pos: number): number {
  if (pos >= text.length) return 0;
  const ch = text.charCodeAt(pos);
  return ch === 10 ? 1 : ch === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : -1;
}

const Quick = { None: 0, Integer: 1, Number: 2, Date: 3, Boolean: 4, Text: 5 } as const;
type Quick = (typeof Quick)[keyof typeof Quick];
const quickConstraints = new Set(['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/** The value of a plainly written cell, else undefined (the field's converter decides). */
function quickValue(
  text: string,
  from: number,
  to: number,
  quick: Quick,
  words: Words | undefined,
  piece: Piece | undefined,
): number | string | boolean | undefined {
  switch (quick) {
    case Quick.Integer:
      return plainNumber(text, from, to, true);
    case Quick.Number:
      return plainNumber(text, from, to, false);
    // A valid date is ASCII: the same in bytes and in text.
    case Quick.Date:
      return plainDate(text, from, to) ? cutWord(text, from, to, words, undefined) : undefined;
    case Quick.Boolean:
      return to - from === 4 && text.startsWith('true', from)
        ? true
        : to - from === 5 && text.startsWith('false', from)
          ? false
          : undefined;
    case Quick.Text: {
      if (to === from) return undefined;
      const word = cutWord(text, from, to, words, piece);
      // No end that trim() would cut.
      return trimmable(word.charCodeAt(0)) || trimmable(word.charCodeAt(word.length - 1)) ? undefined : word;
    }
    default:
      return undefined;
  }
}

/** What String.prototype.trim() removes: ECMAScript white space and line terminators. */
function trimmable(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff)
  );
}

/**
 * The words of one column met so far, in slots by a hash of their characters: a column of
 * province names, categories or months holds a few hundred strings, not one per row (less to
 * decode, allocate, collect and keep). A column of mostly different values (names, ids) stops
 * looking. `keys` hold a word as scanned, `words` as decoded.
 */
interface Words {
  keys: (string | undefined)[];
  words: string[];
  hits: number;
  misses: number;
}
const SLOTS = 4096;
const WAYS = 4;
const newWords = (): Words => ({
  keys: new Array<string | undefined>(SLOTS).fill(undefined),
  words: new Array<string>(SLOTS).fill(''),
  hits: 0,
  misses: 0,
});

/** The cell from `from` to `to` as a string: decoded by `piece` when one is given and the cell is not all ASCII, else
 * cut as it stands. */
function cutWord(text: string, from: number, to: number, words: Words | undefined, piece: Piece | undefined): string {
  let h = to - from;
  let high = 0;
  const look = words !== undefined && (words.misses <= SLOTS || words.misses <= words.hits);
  if (look)
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      h = (Math.imul(h, 31) + c) | 0;
      high |= c;
    }
  else if (piece) for (let i = from; i < to; i++) high |= text.charCodeAt(i);
  const decoded = high >= 0x80 && piece !== undefined;
  if (!look) return decoded ? piece(from, to) : text.slice(from, to);
  // Mixed, so that words alike but for their last characters (城镇12, 城镇13) spread over the
  // table; and four slots a word, so that words on one slot do not evict each other row after row
  // (with one slot, a column of 997 names cycling was decoded 25 times over).
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  const bucket = h & (SLOTS - WAYS);
  for (let slot = bucket; slot < bucket + WAYS; slot++) {
    const known = words.keys[slot];
    if (known === undefined) break;
    if (known.length === to - from && text.startsWith(known, from)) {
      words.hits++;
      return words.words[slot]!;
    }
  }
  words.misses++;
  const key = text.slice(from, to);
  const word = decoded ? piece(from, to) : key;
  let slot = bucket;
  while (slot < bucket + WAYS - 1 && words.keys[slot] !== undefined) slot++;
  // A full bucket gives up a slot in turn.
  if (words.keys[slot] !== undefined) slot = bucket + (words.misses & (WAYS - 1));
  words.keys[slot] = key;
  return (words.words[slot] = word);
}

function withinBounds(b: TableChecker['bounds'][number], v: number | string | boolean): boolean {
  return !(
    (b.min !== undefined && v < b.min) ||
    (b.max !== undefined && v > b.max) ||
    (b.xmin !== undefined && v <= b.xmin) ||
    (b.xmax !== undefined && v >= b.xmax)
  );
}
