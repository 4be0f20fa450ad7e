import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/quality/check-links.ts';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { digest } from '../helpers/digest.ts';

let project: FixtureProject | undefined;
afterAll(() => project?.remove());

describe('the built site', () => {
  it('has no broken internal link or anchor', () => {
    expect(checkLinks('dist')).toEqual([]);
  });

  it('gives every page worth sharing a social card that exists: edition home, chapters, front matter, cases, figures, datasets, rankings, ranked entities', () => {
    const pages = Object.keys(digest('dist')).filter((f) => f.endsWith('index.html'));
    const shared = pages
      .filter((f) =>
        /^(en\/)?\d{4}\/(index\.html|[^/]+\/index\.html|cases\/[^/]+\/index\.html|figures\/[^/]+\/index\.html|data\/[^/]+\/index\.html|rankings\/[^/]+\/index\.html|rankings\/[^/]+\/(?!methodology)[^/]+\/index\.html)$/.test(
          f,
        ),
      )
      .filter((f) => !/^(en\/)?\d{4}\/(cases|figures|data|rankings|towns|changes|imprint)\/index\.html$/.test(f));
    const lacking = shared.flatMap((f) => {
      const m = /<meta property="og:image" content="https?:\/\/[^/"]+\/([^"]+)"/.exec(
        readFileSync(join('dist', f), 'utf8'),
      );
      return !m ? [`${f}: no card`] : existsSync(join('dist', m[1]!)) ? [] : [`${f}: ${m[1]} missing`];
    });
    expect(shared.length).toBeGreaterThan(70);
    expect(lacking).toEqual([]);
  });

  it('gives every page (but redirects) a title, a description and a canonical URL', () => {
    const pages = Object.keys(digest('dist')).filter((f) => f.endsWith('index.html'));
    const lacking = pages.flatMap((f) => {
      const html = readFileSync(join('dist', f), 'utf8');
      if (html.includes('http-equiv="refresh"')) return [];
      return [
        !/<title>[^<]+<\/title>/.test(html) && `${f}: title`,
        !/<meta name="description" content="[^"]+"/.test(html) && `${f}: description`,
        !/<link rel="canonical" href="https?:\/\/[^"]+"/.test(html) && `${f}: canonical`,
      ].filter(Boolean);
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(lacking).toEqual([]);
  });

  it('is byte-identical when built again from a clean copy without the build cache, search index included', () => {
    project = fixtureProject();
    // Every image rendered anew: a cached PNG or card must equal a fresh one.
    const r = project.build({ BLUEBOOK_CACHE: 'off' });
    expect(r.status, r.stderr).toBe(0);
    // Every file, the search index's included (postings gzipped without a time in their header), must be identical.
    const first = digest('dist');
    const second = digest(join(project.dir, 'dist'));
    expect(Object.keys(first).some((f) => /^_search\/2018\/p\d+\.bin$/.test(f))).toBe(true);
    expect(Object.keys(first).some((f) => /^_search\/2018\/t\d+\.json$/.test(f))).toBe(true);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  });
});
