// A font cut down to some characters, as `subset-font` cuts it (the same HarfBuzz build, the same
// settings: every layout feature kept, TrueType out), with each font parsed once per process.
// subset-font copies the whole font into HarfBuzz and parses it again on every call, one call at a
// time: for a 10 MB CJK font that was 15–60 ms a chart, a third of rasterising it; with the face
// kept, 1–5 ms. The bytes are subset-font's (test/unit/figures/font-subset.test.ts compares).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

// subset-font's own HarfBuzz, so both cut fonts alike.
const fromSubsetFont = createRequire(createRequire(import.meta.url).resolve('subset-font'));
let harfbuzz: HarfBuzz | undefined;
const faces = new Map<string, number>();

function load(): HarfBuzz {
  if (!harfbuzz) {
    const module = new WebAssembly.Module(readFileSync(fromSubsetFont.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
    harfbuzz = new WebAssembly.Instance(module, {}).exports as unknown as HarfBuzz;
    harfbuzz._initialize();
  }
  return harfbuzz;
}

function faceOf(hb: HarfBuzz, file: string): number {
  let face = faces.get(file);
  if (face === undefined) {
    const font = readFileSync(file);
    const at = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer).set(font, at);
    const blob = hb.hb_blob_create(at, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    faces.set(file, face);
  }
  return face;
}

/** The TrueType font `file` holding only the characters of `text` (outlines and metrics unchanged). */
export function subsetFontFile(file: string, text: string): Buffer {
  const hb = load();
  const face = faceOf(hb, file);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset (out of memory?)');
  let subset = 0;
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const c of text) hb.hb_set_add(unicodes, c.codePointAt(0)!);
    subset = hb.hb_subset_or_fail(face, input);
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  if (subset === 0) throw new Error(`HarfBuzz could not subset ${file}`);
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const at = hb.hb_blob_get_data(blob, 0);
    const length = hb.hb_blob_get_length(blob);
    if (length === 0) throw new Error(`HarfBuzz made an empty subset of ${file}`);
    // Copied out: the wasm memory may grow (and move) on the next call.
    return Buffer.from(new Uint8Array(hb.memory.buffer, at, length));
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}
