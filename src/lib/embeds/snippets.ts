import { esc } from '../text/index.ts';

/**
 * The HTML a course page pastes to embed a figure: the frame at a height that fits it, and a listener that resizes
 * the frame to the figure when the figure reports its height (embed pages post `{ bluebookEmbed, height }`).
 */
export function frameSnippet(f: { embedUrl: string; title: string; height: number }): string {
  const origin = new URL(f.embedUrl).origin;
  const frame =
    `<iframe src="${esc(f.embedUrl)}" title="${esc(f.title)}" width="100%" height="${f.height}" ` +
    `style="border:0;max-width:720px" loading="lazy" data-bluebook-embed></iframe>`;
  const listener =
    `addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||!e.data.height)` +
    `return;document.querySelectorAll("iframe[data-bluebook-embed]").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})`;
  return `${frame}\n<script>${listener}</script>`;
}

/** For platforms that strip iframes: the figure's picture, linked to its page. */
export function imageSnippet(f: { permalink: string; imageUrl: string; alt: string }): string {
  return (
    `<a href="${esc(f.permalink)}"><img src="${esc(f.imageUrl)}" alt="${esc(f.alt)}" width="720" ` +
    `style="max-width:100%;height:auto"></a>`
  );
}
