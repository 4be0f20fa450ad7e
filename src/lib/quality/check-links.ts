import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export interface BrokenLink {
  /** The page that links, as a URL path. */
  page: string;
  href: string;
  reason: string;
}

/** Every HTML file under `dir`, as paths relative to it. */
function htmlFiles(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) return htmlFiles(dir, rel);
    return name.endsWith('.html') ? [rel] : [];
  });
}

/** What the link check needs of one page: the ids it has (fragment targets) and the links it makes. */
export interface PageLinks {
  ids: string[];
  links: string[];
}

// A tag, a comment or a declaration. The link check reads the attributes of tens of thousands of
// pages (a figure page holds a chart's thousands of SVG elements): scanning tags is ~10× faster
// than building each page's tree, and equal to it on every built page (test/browser/page-links.test.ts).
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|<![^>]*>/g;
const WANTED = /(?:^|[\s"'])(?:id|href|src|name)\s*=/;
const RAW_END: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi };
const ATTR = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The ids and the internal-link candidates (`href`, `src`) of one built page. */
export function pageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [, close, name, attrs] = m;
    if (!name || close) continue;
    const tag = name.toLowerCase();
    if (attrs && WANTED.test(attrs)) {
      const a: Record<string, string> = {};
      ATTR.lastIndex = 0;
      for (let x = ATTR.exec(attrs); x; x = ATTR.exec(attrs)) {
        const key = x[1]!;
        if (!(key in a)) a[key] = x[2] ?? x[3] ?? x[4] ?? '';
      }
      if (a.id) ids.add(a.id);
      if (tag === 'a' && a.name) ids.add(a.name);
      for (const attr of ['href', 'src'] as const) {
        const v = a[attr];
        // <link rel=canonical> and og: URLs are absolute site URLs, checked by their own tests.
        if (v && !(tag === 'link' && a.rel === 'canonical')) links.push(v);
      }
    }
    // Script and style text is not markup.
    if ((tag === 'script' || tag === 'style') && !m[0].endsWith('/>')) {
      const end = RAW_END[tag]!;
      end.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = end.exec(html)?.index ?? html.length;
    }
  }
  // Regex matches are slices that keep the whole page alive: a shard's 5,000 pages (400 MB of
  // HTML) stayed in memory through its ids and links until they were written. These are copies.
  return JSON.parse(JSON.stringify({ ids: [...ids], links })) as PageLinks;
}

/**
 * Check every internal link and resource in a built site: the target file must exist and a
 * `#fragment` must name an element id on the target page. External links are not followed.
 * `base` is the site's base path (links start with it).
 */
export function checkLinks(dist: string, base = '/'): BrokenLink[] {
  const pages = new Map(htmlFiles(dist).map((file) => [file, pageLinks(readFileSync(join(dist, file), 'utf8'))]));
  return brokenLinks(
    pages,
    (path) => (existsSync(join(dist, path)) ? (statSync(join(dist, path)).isDirectory() ? 'dir' : 'file') : undefined),
    base,
    relative('.', dist).split('\\').join('/'),
  );
}

/**
 * The broken links among `pages` (path in the site → its links), given what exists in the site
 * (`exists(path)`: 'file', 'dir' or undefined). The assembly of a site built in parts checks with
 * the links each part read when it was built, and the list of the assembled files.
 */
export function brokenLinks(
  pages: ReadonlyMap<string, PageLinks>,
  exists: (path: string) => 'file' | 'dir' | undefined,
  base = '/',
  shownAs = 'dist',
): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  for (const [file, p] of pages) ids.set('/' + file, new Set(p.ids));
  const broken: BrokenLink[] = [];
  for (const [file, p] of pages) {
    const page = '/' + file;
    for (const href of p.links) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // http:, mailto:, data: …
      const [pathPart = '', fragment] = href.split('#');
      // A browser asks for the decoded path: /2018/rankings/x/%E4%B8%8A%E6%B5%B7/ is the folder 上海.
      const raw = pathPart.split('?')[0] ?? '';
      let path: string;
      try {
        path = decodeURI(raw);
      } catch {
        broken.push({ page, href, reason: 'a malformed percent-encoding' });
        continue;
      }
      const pageDir = posix.dirname(page);
      const abs = path === '' ? page : path.startsWith('/') ? path : posix.join(pageDir, path);
      if (!abs.startsWith(base) && path !== '') {
        broken.push({ page, href, reason: `outside the site's base path ${base}` });
        continue;
      }
      const inDist = '/' + abs.slice(base.length).replace(/^\/+/, '');
      const target = inDist.endsWith('/')
        ? `${inDist}index.html`
        : exists(inDist.slice(1)) === 'dir'
          ? `${inDist}/index.html`
          : inDist;
      if (exists(target.slice(1)) !== 'file') {
        broken.push({ page, href, reason: `no file ${posix.join(shownAs, target)}` });
        continue;
      }
      if (fragment && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(fragment))) {
        broken.push({ page, href, reason: `no element with id "${fragment}" on ${target}` });
      }
    }
  }
  return broken;
}
