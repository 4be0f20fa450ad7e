import JSZip from 'jszip';
import { esc } from '../text/escape.ts';

export interface EpubChapter {
  id: string;
  title: string;
  body: string;
  svg: boolean;
  mathml: boolean;
}
export interface EpubResource {
  path: string;
  bytes: Uint8Array;
  mediaType: string;
}
export interface EpubBook {
  identifier: string;
  title: string;
  language: string;
  /** The navigation document's heading, in the book's language (目录, Contents). */
  contentsHeading: string;
  creators: string[];
  publisher: string;
  /** dcterms:modified, YYYY-MM-DDThh:mm:ssZ: the content's date, so two exports of one edition are equal. */
  modified: string;
  date?: string | undefined;
  css: string;
  chapters: EpubChapter[];
  resources: EpubResource[];
}

const xhtml = (lang: string, title: string, body: string, css = 'style.css') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" ` +
  `xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}"><head><meta ` +
  `charset="utf-8"/><title>${esc(title)}</title><link rel="stylesheet" type="text/css" ` +
  `href="${css}"/></head><body>${body}</body></html>\n`;

/** An EPUB 3 package: mimetype first and stored, container, package document, navigation, content. */
export async function buildEpub(b: EpubBook): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  zip.file(
    'META-INF/container.xml',
    '<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" ' +
      'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" ' +
      'media-type="application/oebps-package+xml"/></rootfiles></container>\n',
  );
  const entries = b.chapters.map((c) => `<li><a href="${c.id}.xhtml">${esc(c.title)}</a></li>`).join('');
  const nav = `<nav epub:type="toc" id="toc"><h1>${esc(b.contentsHeading)}</h1><ol>${entries}</ol></nav>`;
  zip.file('OEBPS/nav.xhtml', xhtml(b.language, b.title, nav));
  zip.file('OEBPS/style.css', b.css);
  for (const c of b.chapters) zip.file(`OEBPS/${c.id}.xhtml`, xhtml(b.language, c.title, c.body));
  for (const r of b.resources) zip.file(`OEBPS/${r.path}`, r.bytes);
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    ...b.chapters.map((c) => {
      const properties = [c.svg && 'svg', c.mathml && 'mathml'].filter(Boolean).join(' ');
      const attribute = properties ? ` properties="${properties}"` : '';
      return `<item id="${c.id}" href="${c.id}.xhtml" media-type="application/xhtml+xml"${attribute}/>`;
    }),
    ...b.resources.map((r, i) => `<item id="res-${i + 1}" href="${esc(r.path)}" media-type="${r.mediaType}"/>`),
  ];
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${b.language}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${esc(b.identifier)}</dc:identifier>
<dc:title>${esc(b.title)}</dc:title>
<dc:language>${b.language}</dc:language>
${b.creators.map((c) => `<dc:creator>${esc(c)}</dc:creator>`).join('\n')}
<dc:publisher>${esc(b.publisher)}</dc:publisher>
${b.date ? `<dc:date>${b.date}</dc:date>\n` : ''}<meta property="dcterms:modified">${b.modified}</meta>
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
${b.chapters.map((c) => `<itemref idref="${c.id}"/>`).join('\n')}
</spine>
</package>
`;
  zip.file('OEBPS/content.opf', opf);
  // Every entry dated the content's date: the same edition exports to the same bytes.
  const date = new Date(b.modified);
  zip.forEach((_, f) => {
    f.date = date;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: 'application/epub+zip' });
}
