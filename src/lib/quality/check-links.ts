import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';

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

/**
 * Check every internal link and resource in a built site: the target file must exist and a
 * `#fragment` must name an element id on the target page. External links are not followed.
 * `base` is the site's base path (links start with it).
 */
export function checkLinks(dist: string, base = '/'): BrokenLink[] {
  const pages = htmlFiles(dist);
  const ids = new Map<string, Set<string>>();
  const links: { page: string; href: string }[] = [];
  for (const file of pages) {
    const page = '/' + file;
    const set = new Set<string>();
    walkSync(parse(readFileSync(join(dist, file), 'utf8')), (node) => {
      if (node.type !== ELEMENT_NODE) return;
      const a = node.attributes as Record<string, string>;
      if (a.id) set.add(a.id);
      if (node.name === 'a' && a.name) set.add(a.name);
      for (const attr of ['href', 'src']) {
        const v = a[attr];
        // <link rel=canonical> and og: URLs are absolute site URLs, checked by their own tests.
        if (v && !(node.name === 'link' && a.rel === 'canonical')) links.push({ page, href: v });
      }
    });
    ids.set(page, set);
  }
  const broken: BrokenLink[] = [];
  for (const { page, href } of links) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // http:, mailto:, data: …
    const [pathPart = '', fragment] = href.split('#');
    // A browser asks for the decoded path: /2018/rankings/x/%E4%B8%8A%E6%B5%B7/ is the folder 上海.
    const raw = pathPart.split('?')[0] ?? '';
    let path: string;
    try { path = decodeURI(raw); } catch { broken.push({ page, href, reason: 'a malformed percent-encoding' }); continue; }
    const pageDir = posix.dirname(page);
    const abs = path === '' ? page : path.startsWith('/') ? path : posix.join(pageDir, path);
    if (!abs.startsWith(base) && path !== '') {
      broken.push({ page, href, reason: `outside the site's base path ${base}` });
      continue;
    }
    const inDist = '/' + abs.slice(base.length).replace(/^\/+/, '');
    const target = inDist.endsWith('/') ? `${inDist}index.html` : existsSync(join(dist, inDist)) && statSync(join(dist, inDist)).isDirectory() ? `${inDist}/index.html` : inDist;
    if (!existsSync(join(dist, target))) {
      broken.push({ page, href, reason: `no file ${relative('.', join(dist, target))}` });
      continue;
    }
    if (fragment && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(fragment))) {
      broken.push({ page, href, reason: `no element with id "${fragment}" on ${target}` });
    }
  }
  return broken;
}
