import type { Chapter, Edition, Part } from './schema.ts';
import { codeNumber } from './check-content.ts';

/** What the contents and chapter pages need to know of a chapter. */
export interface ChapterRef {
  /** URL slug inside the edition, e.g. `b1`. */
  slug: string;
  data: Chapter;
}

export interface PartContents {
  part: Part;
  chapters: ChapterRef[];
}

/** Chapters grouped by part, parts in the edition's order, chapters by code (B.2 before B.10). */
export function contentsByPart(edition: Edition, chapters: readonly ChapterRef[]): PartContents[] {
  const sorted = [...chapters].sort((a, b) => codeNumber(a.data.code) - codeNumber(b.data.code));
  return edition.parts.map((part) => ({ part, chapters: sorted.filter((c) => c.data.part === part.id) }));
}

/** Chapters in reading order: part by part, as the printed contents list them. */
export function readingOrder(edition: Edition, chapters: readonly ChapterRef[]): ChapterRef[] {
  return contentsByPart(edition, chapters).flatMap((p) => p.chapters);
}

/** One page of the book in reading order. */
export interface ReadingStop {
  slug: string;
  /** The chapter's code (B.1), empty for front matter. */
  code: string;
  title: string;
}

/** The book as read: front matter in its order (编委会, 摘要, 序 …), then the chapters part by part. */
export function readingSequence(
  edition: Edition,
  chapters: readonly ChapterRef[],
  front: readonly { slug: string; title: string }[] = [],
): ReadingStop[] {
  return [
    ...front.map((f) => ({ slug: f.slug, code: '', title: f.title })),
    ...readingOrder(edition, chapters).map((c) => ({ slug: c.slug, code: c.data.code, title: c.data.title })),
  ];
}

/** The pages before and after `slug` in reading order. */
export function neighbours(sequence: readonly ReadingStop[], slug: string): { prev?: ReadingStop; next?: ReadingStop } {
  const i = sequence.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  const out: { prev?: ReadingStop; next?: ReadingStop } = {};
  if (i > 0) out.prev = sequence[i - 1]!;
  if (i < sequence.length - 1) out.next = sequence[i + 1]!;
  return out;
}

/** A printed page number as the book prints it: 1 → "1". */
export function printPage(page: number): string {
  return String(page);
}
