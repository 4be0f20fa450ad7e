import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { urlSegment } from '../links/urls.ts';
import { parseYamlSource, type YamlSource } from '../problems/yaml-source.ts';
import { zodProblems } from '../problems/zod-problems.ts';
import { splitFrontmatter } from './frontmatter.ts';
import {
  caseSchema,
  chapterSchema,
  editionSchema,
  frontSchema,
  type Case,
  type Chapter,
  type Edition,
  type Front,
} from './schema.ts';

export interface CheckedFile<T> {
  /** Path relative to the project root. */
  file: string;
  /** File name without extension: the chapter's URL slug. */
  slug: string;
  data: T;
  body: string;
  bodyLine: number;
}

export interface CheckedEdition {
  year: number;
  edition: Edition;
  chapters: CheckedFile<Chapter>[];
  front: CheckedFile<Front>[];
  cases: CheckedFile<Case>[];
}

export interface ContentCheck {
  editions: CheckedEdition[];
  problems: Problem[];
}

/** Validate every edition under `<root>/content/` (or only the folders `only` accepts): schemas, parts, codes and
 * years. */
export function checkContent(root: string, only?: (name: string) => boolean): ContentCheck {
  const contentDir = join(root, 'content');
  const problems: Problem[] = [];
  const editions: CheckedEdition[] = [];
  if (!existsSync(contentDir)) {
    return {
      editions,
      problems: [
        { file: 'content', expected: 'a content/ folder with one folder per edition', found: 'no content/ folder' },
      ],
    };
  }
  for (const name of readdirSync(contentDir).sort()) {
    const dir = join(contentDir, name);
    if (!statSync(dir).isDirectory()) continue;
    if (!/^\d{4}$/.test(name)) {
      problems.push({
        file: relPath(root, dir),
        expected: 'an edition folder named by its year, e.g. content/2019',
        found: `folder "${name}"`,
      });
      continue;
    }
    if (only && !only(name)) continue;
    const edition = checkEditionFolder(root, name, problems);
    if (edition) editions.push(edition);
  }
  return { editions: editions.sort((a, b) => a.year - b.year), problems };
}

const relPath = (root: string, p: string) => relative(root, p).split('\\').join('/');

/** Validate one edition's folder `content/<name>/`, adding its problems to `problems`. */
function checkEditionFolder(root: string, name: string, problems: Problem[]): CheckedEdition | undefined {
  const dir = join(root, 'content', name);
  const rel = (p: string) => relPath(root, p);
  const editionFile = join(dir, 'edition.yaml');
  if (!existsSync(editionFile)) {
    problems.push({
      file: rel(editionFile),
      expected: 'an edition.yaml describing the edition',
      found: 'no such file',
    });
    return undefined;
  }
  const src = parseYamlSource(readFileSync(editionFile, 'utf8'), rel(editionFile));
  const edition = validate(editionSchema, src, problems);
  if (!edition) return undefined;
  if (edition.year !== Number(name)) {
    problems.push({
      file: src.file,
      ...src.positionOf(['year']),
      where: 'year',
      expected: `${name} (the folder's name)`,
      found: String(edition.year),
    });
  }
  const partIds = edition.parts.map((p) => p.id);
  duplicates(partIds).forEach((i) =>
    problems.push({
      file: src.file,
      ...src.positionOf(['parts', i, 'id']),
      where: 'parts.id',
      expected: 'each part id once',
      found: `"${partIds[i]}" again`,
    }),
  );

  const chapterFiles = readMdxFolder(join(dir, 'chapters'), rel, chapterSchema, problems);
  // Cross-checks run on every file that parsed, valid or not, so one run reports them all.
  const seenCodes = new Map<string, string>();
  for (const ch of chapterFiles) {
    const src = ch.source;
    const raw = (src.data ?? {}) as Record<string, unknown>;
    if (typeof raw.part === 'string' && !partIds.includes(raw.part)) {
      problems.push({
        file: ch.file,
        ...src.positionOf(['part']),
        where: 'part',
        expected: `one of the edition's parts: ${partIds.join(', ')}`,
        found: `"${raw.part}"`,
      });
    }
    if (typeof raw.code === 'string') {
      const first = seenCodes.get(raw.code);
      if (first) {
        problems.push({
          file: ch.file,
          ...src.positionOf(['code']),
          where: 'code',
          expected: `a code no other chapter has (${raw.code} is already used by ${first})`,
          found: `"${raw.code}"`,
        });
      } else seenCodes.set(raw.code, ch.file);
    }
    if (!ch.data) continue;
    const hasText = ch.body.trim().length > 0;
    if ((ch.data.status === 'full' || ch.data.status === 'partial') && !hasText) {
      problems.push({
        file: ch.file,
        ...src.positionOf(['status']),
        where: 'status',
        expected: `chapter text below the frontmatter (status "${ch.data.status}")`,
        found: 'an empty body',
      });
    }
    if (ch.data.status === 'abstract-only' && !ch.data.abstract) {
      problems.push({
        file: ch.file,
        ...src.positionOf(['status']),
        where: 'status',
        expected: 'an `abstract` field (status "abstract-only")',
        found: 'no abstract',
      });
    }
  }
  const chapters = valid(chapterFiles);
  const front = valid(readMdxFolder(join(dir, 'front'), rel, frontSchema, problems));
  const kinds = front.map((f) => f.data.kind);
  duplicates(kinds).forEach((i) =>
    problems.push({
      file: front[i]!.file,
      ...front[i]!.source.positionOf(['kind']),
      where: 'kind',
      expected: 'one front-matter page of each kind',
      found: `a second "${kinds[i]}"`,
    }),
  );
  const caseFiles = readMdxFolder(join(dir, 'cases'), rel, caseSchema, problems);
  const chapterSlugs = chapters.map((c) => c.slug);
  for (const c of caseFiles) {
    const raw = (c.source.data ?? {}) as Record<string, unknown>;
    const refs = Array.isArray(raw.chapters) ? raw.chapters : [];
    refs.forEach((slug, i) => {
      if (typeof slug === 'string' && !chapterSlugs.includes(slug)) {
        problems.push({
          file: c.file,
          ...c.source.positionOf(['chapters', i]),
          where: 'chapters',
          expected: `a chapter of the ${name} edition: ${chapterSlugs.join(', ')}`,
          found: `"${slug}"`,
        });
      }
    });
  }
  return {
    year: edition.year,
    edition,
    chapters: chapters.map(strip).sort((a, b) => codeNumber(a.data.code) - codeNumber(b.data.code)),
    front: front.map(strip).sort((a, b) => a.data.order - b.data.order),
    cases: valid(caseFiles)
      .map(strip)
      .sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'zh-CN')),
  };
}

type WithSource<T> = CheckedFile<T> & { source: YamlSource };
/** A file whose YAML parsed; `data` is undefined when it failed its schema. */
type Parsed<T> = Omit<CheckedFile<T>, 'data'> & { data: T | undefined; source: YamlSource };

function valid<T>(files: Parsed<T>[]): WithSource<T>[] {
  return files.filter((f): f is WithSource<T> => f.data !== undefined);
}

function strip<T>({ source: _source, ...rest }: WithSource<T>): CheckedFile<T> {
  return rest;
}

function readMdxFolder<S extends z.ZodType>(
  dir: string,
  rel: (p: string) => string,
  schema: S,
  problems: Problem[],
): Parsed<z.infer<S>>[] {
  if (!existsSync(dir)) return [];
  const out: Parsed<z.infer<S>>[] = [];
  const slugs = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (!/\.mdx?$/.test(name)) continue;
    // The file name is the page's URL: "b 10.mdx" is /2018/b-10/ (the same rule as entity ids).
    const slug = urlSegment(name.replace(/\.mdx?$/, ''));
    const other = slugs.get(slug.toLowerCase());
    if (!slug || other) {
      problems.push({
        file: rel(join(dir, name)),
        line: 1,
        column: 1,
        where: 'file name',
        expected: slug
          ? `a file name whose URL no other page has (it becomes /…/${slug}/)`
          : 'a file name with letters or digits (it becomes the page URL)',
        found: other ? `"${name}", the same URL as "${other}"` : `"${name}"`,
      });
      continue;
    }
    slugs.set(slug.toLowerCase(), name);
    const path = join(dir, name);
    const split = splitFrontmatter(readFileSync(path, 'utf8'));
    const source = parseYamlSource(split.yaml, rel(path), split.yamlLine);
    if (!split.yaml.trim()) {
      problems.push({
        file: source.file,
        line: 1,
        column: 1,
        expected: 'a frontmatter block between --- lines',
        found: 'none',
      });
      continue;
    }
    const data = validate(schema, source, problems);
    if (source.problems.length) continue;
    out.push({ file: source.file, slug, data, body: split.body, bodyLine: split.bodyLine, source });
  }
  return out;
}

function validate<S extends z.ZodType>(schema: S, source: YamlSource, problems: Problem[]): z.infer<S> | undefined {
  if (source.problems.length) {
    problems.push(...source.problems);
    return undefined;
  }
  const result = schema.safeParse(source.data ?? {});
  if (!result.success) {
    problems.push(...zodProblems(result.error, source));
    return undefined;
  }
  return result.data;
}

function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((v, i) => (seen.has(v) ? out.push(i) : seen.add(v)));
  return out;
}

/** Numeric order of a chapter code: B.2 before B.10. */
export function codeNumber(code: string): number {
  return Number(code.replace(/^B\./, ''));
}
