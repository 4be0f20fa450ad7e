// oEmbed for a chapter: /2018/b1/oembed.json, found through the chapter page's discovery link.
import { atRoot } from '../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { renderedEditions, type EditionBundle } from '@/site/collections.ts';
import { chapterOembed } from '@/lib/embeds/index.ts';
import { href } from '@/lib/links/index.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  return (await renderedEditions()).flatMap((bundle) =>
    bundle.chapters.map((c) => ({
      params: { year: String(bundle.year), slug: c.slug },
      props: { bundle, slug: c.slug },
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { bundle, slug } = props as { bundle: EditionBundle; slug: string };
  const chapter = bundle.chapters.find((c) => c.slug === slug)!;
  const abs = (...segments: (string | number)[]) => new URL(href(import.meta.env.BASE_URL, ...segments), site).href;
  const body = chapterOembed({
    title: `${chapter.data.code} ${chapter.data.title}`,
    authors: chapter.data.authors,
    providerName: bundle.edition.series.zh,
    providerUrl: abs(),
    thumbnailUrl: abs('og', bundle.year, `${slug}.png`),
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
};
