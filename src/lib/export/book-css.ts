/** The EPUB's stylesheet: the site's reading typography, and the embedded font first. */
export function epubCss(fontFile: string | undefined): string {
  const fontFace = fontFile ? `@font-face { font-family: "Bluebook Sans SC"; src: url("${fontFile}"); }\n` : '';
  const family = `${fontFile ? '"Bluebook Sans SC", ' : ''}"Noto Sans CJK SC", "PingFang SC", sans-serif`;
  const headings =
    'h1, h2, h3 { line-height: 1.4; page-break-after: avoid; break-after: avoid; page-break-inside: avoid; ' +
    'break-inside: avoid; }';
  return `${fontFace}body { font-family: ${family}; line-height: 1.8; line-break: strict; }
${headings}
figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid #999; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.footnotes, .references { font-size: 0.9em; }
.kicker, .byline { color: #444; }
`;
}
