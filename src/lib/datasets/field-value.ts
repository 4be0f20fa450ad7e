// What reading a cell gives: its value, or INVALID with what the field expected.
import type { Cell } from './row.ts';

export const INVALID = Symbol('invalid');
export type Convert = (text: string) => Cell | typeof INVALID;

export interface Converter {
  convert: Convert;
  /** What a cell of this field must look like, for an editor's message. */
  expected: string;
}
