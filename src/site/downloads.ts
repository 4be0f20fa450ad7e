// Astro glue: the PDF and EPUB files `npm run export` has written for an edition, if any.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BookFile {
  kind: 'chapterPdf' | 'editionPdf' | 'epub';
  path: string;
  kb: number;
}

/** The downloads of edition `year` (and of one of its pages), in public/downloads/<year>/. */
export function bookDownloads(year: number, slug?: string): BookFile[] {
  const dir = join(process.cwd(), 'public', 'downloads', String(year));
  const files: [BookFile['kind'], string][] = [
    ...(slug ? [['chapterPdf', `${slug}.pdf`] as [BookFile['kind'], string]] : []),
    ['editionPdf', 'edition.pdf'],
    ['epub', 'edition.epub'],
  ];
  return files
    .filter(([, f]) => existsSync(join(dir, f)))
    .map(([kind, f]) => ({
      kind,
      path: `downloads/${year}/${f}`,
      kb: Math.max(1, Math.round(statSync(join(dir, f)).size / 1024)),
    }));
}
