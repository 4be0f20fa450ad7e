import { esc as attr } from '../text/escape.ts';

/** What an oEmbed response for a figure says (oEmbed 1.0, type "rich"). */
export interface FigureOembedInput {
  title: string;
  /** The figure's embed route, framed by the consumer. */
  embedUrl: string;
  width: number;
  height: number;
  authorName: string;
  providerName: string;
  providerUrl: string;
  /** The figure as a PNG, for platforms that show a picture first. */
  thumbnailUrl?: string | undefined;
  thumbnailWidth?: number | undefined;
  thumbnailHeight?: number | undefined;
}

/**
 * The oEmbed response platforms fetch when an author pastes a figure's address (WordPress,
 * Moodle, Canvas and Notion-style editors look for it through the page's discovery link). The
 * html is a plain iframe: consumers strip scripts, and the frame's stated height fits the figure.
 */
export function figureOembed(f: FigureOembedInput): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'rich',
    title: f.title,
    author_name: f.authorName,
    provider_name: f.providerName,
    provider_url: f.providerUrl,
    html:
      `<iframe src="${attr(f.embedUrl)}" title="${attr(f.title)}" width="${f.width}" height="${f.height}" ` +
      `style="border:0;max-width:100%" loading="lazy"></iframe>`,
    width: f.width,
    height: f.height,
    ...(f.thumbnailUrl
      ? {
          thumbnail_url: f.thumbnailUrl,
          thumbnail_width: f.thumbnailWidth ?? f.width,
          thumbnail_height: f.thumbnailHeight ?? f.height,
        }
      : {}),
  };
}

/** The frame height that fits a figure at 720 px wide: the chart at 720/640 scale, plus caption, summary, source and
 * links. */
export const embedHeight = (chartHeight: number | undefined) => Math.round((chartHeight ?? 300) * 1.125) + 460;

/**
 * The oEmbed response for a chapter (type "link"): a platform shows its title, authors and card, linking to the page.
 */
export function chapterOembed(c: {
  title: string;
  authors: string[];
  providerName: string;
  providerUrl: string;
  thumbnailUrl: string;
}): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'link',
    title: c.title,
    author_name: c.authors.join('、'),
    provider_name: c.providerName,
    provider_url: c.providerUrl,
    thumbnail_url: c.thumbnailUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
