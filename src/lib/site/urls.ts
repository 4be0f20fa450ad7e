/** Join the site's base path and a path inside the site, with one slash between and a trailing slash. */
export function href(base: string, ...segments: (string | number)[]): string {
  const parts = [base, ...segments.map(String)].map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean);
  const path = '/' + parts.join('/');
  return /\.[a-z0-9]+$/i.test(path) ? path : path.replace(/\/?$/, '/');
}

/** URL of an edition's home: /2018/ */
export const editionUrl = (base: string, year: number) => href(base, year);

/** URL of a chapter or front-matter page: /2018/b1/ */
export const pageUrl = (base: string, year: number, slug: string) => href(base, year, slug);
