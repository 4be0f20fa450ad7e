/** Join the site's base path and a path inside the site, with one slash between and a trailing slash. */
export function href(base: string, ...segments: (string | number)[]): string {
  const parts = [base, ...segments.map(String)].map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean);
  const path = '/' + parts.join('/');
  return /\.[a-z0-9]+$/i.test(path) ? path : path.replace(/\/?$/, '/');
}

/** URL of an edition's home: /2018/ */
export const editionUrl = (base: string, year: number) => href(base, year);

/** URL of a dataset's page (or, with `ext`, its download): /2018/data/<urlSegment(name)>/ */
export const datasetUrl = (base: string, year: number, name: string, ext?: 'csv' | 'json') =>
  href(base, year, 'data', ext ? `${urlSegment(name)}.${ext}` : urlSegment(name));

/** URL of a chapter or front-matter page: /2018/b1/ */
export const pageUrl = (base: string, year: number, slug: string) => href(base, year, slug);

/**
 * A name (an entity id, a file name) as one URL path segment: whitespace (also full-width),
 * `/ \ ? # % . " < > | ^ \` { } [ ]` and control characters become "-", runs of "-" one, none at
 * either end. Chinese and other letters stay as written (browsers percent-encode them). Two
 * names may give the same segment ("p 4", "p-4"): callers refuse such pairs.
 */
export function urlSegment(name: string): string {
  return (
    name
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
      .replace(/[\s/\\?#%."<>|^`{}[\]\u0000-\u001f\u007f]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}
