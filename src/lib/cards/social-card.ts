import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { cacheKey, cached } from '../cache/build-cache.ts';
import { fontFiles, rasterise, rasterVersion } from '../figures/png.ts';

const satoriVersion: string = createRequire(import.meta.url)('satori/package.json').version;

export interface CardText {
  /** Series line at the top, e.g. 特色小镇蓝皮书 · 2018年版. */
  kicker: string;
  title: string;
  /** Chapter code and authors, or figure number and source. */
  subtitle?: string;
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= [
    { name: 'Noto Sans SC', data: readFileSync(fontFiles.regular), weight: 400, style: 'normal' },
    { name: 'Noto Sans SC', data: readFileSync(fontFiles.bold), weight: 700, style: 'normal' },
  ]);

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children: unknown): Node => ({
  type,
  props: { style, children },
});

/** The layout of a card, as satori reads it. */
function cardTree(text: CardText): Node {
  // satori sizes boxes without their padding (content-box): 1056 × 486 + 72 on each side is
  // the 1200 × 630 card. At 1200 × 630 the last line fell below the card's edge.
  return h(
    'div',
    {
      width: 1056,
      height: 486,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: 72,
      background: 'linear-gradient(135deg, #1d3f72, #2c5aa0)',
      color: '#ffffff',
      fontFamily: 'Noto Sans SC',
    },
    [
      h('div', { fontSize: 30, opacity: 0.9, display: 'flex' }, text.kicker),
      // An explicit width: long Chinese titles overflow a padded flex column otherwise.
      h(
        'div',
        {
          fontSize: text.title.length > 24 ? 56 : 68,
          fontWeight: 700,
          lineHeight: 1.3,
          width: 1056,
          display: 'flex',
          flexWrap: 'wrap',
        },
        text.title,
      ),
      h('div', { fontSize: 30, opacity: 0.9, width: 1056, display: 'flex' }, text.subtitle ?? ''),
    ],
  );
}

/** A card as SVG, its text drawn as glyph paths. */
export function cardSvg(text: CardText): Promise<string> {
  return satori(cardTree(text) as never, { width: 1200, height: 630, fonts: loadFonts() });
}

/**
 * An Open Graph card (1200×630 PNG) with Chinese text; fonts are read once per process. The
 * card is cached under its whole layout tree, so a change to the layout renders anew.
 */
export async function socialCard(text: CardText): Promise<Buffer> {
  return cached('card', cacheKey('satori', satoriVersion, rasterVersion, JSON.stringify(cardTree(text))), async () =>
    // satori draws text as glyph paths: the rasteriser needs no fonts.
    rasterise(await cardSvg(text), 1200, { fonts: false }),
  );
}
