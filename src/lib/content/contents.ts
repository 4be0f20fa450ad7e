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

/** The chapters before and after `slug` in reading order. */
export function neighbours(edition: Edition, chapters: readonly ChapterRef[], slug: string): { prev?: ChapterRef; next?: ChapterRef } {
  const order = readingOrder(edition, chapters);
  const i = order.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  const out: { prev?: ChapterRef; next?: ChapterRef } = {};
  if (i > 0) out.prev = order[i - 1]!;
  if (i < order.length - 1) out.next = order[i + 1]!;
  return out;
}

/** A printed page number as the contents show it: 1 → "001". */
export function printPage(page: number): string {
  return String(page).padStart(3, '0');
}
