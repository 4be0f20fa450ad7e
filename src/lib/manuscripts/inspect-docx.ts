import JSZip from 'jszip';

/** Something in a manuscript the import cannot carry over, with its place. */
export interface ImportNote {
  place: string;
  what: string;
}

/** Why a file cannot be read as a Word manuscript at all, or null when it can. */
export function notDocx(bytes: Uint8Array): string | null {
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE compound file: Word's format before 2007 (.doc), and also what Word writes for a
    // .docx protected with a password (the package is encrypted inside one).
    return (
      'a password-protected .docx or an old-format .doc (an OLE compound file, not a zip): remove the password ' +
      '(File → Info → Protect Document) or save as .docx, then import again'
    );
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return (
      'not a .docx file (a .docx is a zip archive; this file is not one): save the manuscript from Word as "Word ' +
      'Document (.docx)"'
    );
  return null;
}

// Paragraph number (1-based) of a position in document.xml: where an editor looks in Word.
const paragraphAt = (xml: string, index: number) => (xml.slice(0, index).match(/<w:p[ >]/g)?.length ?? 0) + 1;
const textNear = (xml: string, index: number) =>
  xml
    .slice(index, index + 4000)
    .replace(/<w:delText[^>]*>[^<]*<\/w:delText>/g, '')
    .match(/<w:t[^>]*>([^<]*)<\/w:t>/)?.[1]
    ?.slice(0, 20) ?? '';

/**
 * What Word holds that the site's chapter cannot (mammoth drops or flattens it): equations, text
 * boxes, tracked changes and comments, each with the paragraph it is in. Read from the package's
 * XML only to say where; the conversion itself is mammoth's.
 */
export async function unsupportedElements(bytes: Uint8Array): Promise<{ notes: ImportNote[]; missing?: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = zip.file('word/document.xml');
  if (!doc) return { notes: [], missing: 'word/document.xml' };
  const xml = await doc.async('string');
  const notes: ImportNote[] = [];
  const each = (re: RegExp, what: (text: string) => string) => {
    const seen = new Set<number>();
    for (const m of xml.matchAll(re)) {
      const para = paragraphAt(xml, m.index);
      if (seen.has(para)) continue;
      seen.add(para);
      notes.push({ place: `第 ${para} 段`, what: what(textNear(xml, m.index)) });
    }
  };
  for (const m of xml.matchAll(/<m:oMath[ >][\s\S]*?<\/m:oMath>/g)) {
    const tex = [...m[0].matchAll(/<m:t[^>]*>([^<]*)<\/m:t>/g)].map((t) => t[1]).join('');
    notes.push({
      place: `第 ${paragraphAt(xml, m.index)} 段`,
      what: `公式${tex ? `“${tex}”` : ''}（Word 公式）未导入：请在该处改写为 $…$（见编辑指南“Formulas”）`,
    });
  }
  each(/<w:txbxContent[ >]/g, (t) => `文本框的文字已放入正文原处${t ? `（“${t}”）` : ''}，版式未保留：请核对位置`);
  each(
    /<w:ins [^>]*>/g,
    (t) => `修订（插入）已按接受处理${t ? `：“${t}”` : ''}：请在 Word 中核对后接受或拒绝全部修订再导入`,
  );
  each(/<w:del [^>]*>/g, () => '修订（删除）已按接受处理，删去的文字未导入');
  const comments = zip.file('word/comments.xml');
  if (comments) {
    const count = ((await comments.async('string')).match(/<w:comment /g) ?? []).length;
    if (count) notes.push({ place: '批注', what: `${count} 条批注未导入（批注不属于正文）：请在 Word 中处理后删除` });
  }
  const order = (n: ImportNote) => Number(/\d+/.exec(n.place)?.[0] ?? Infinity);
  return { notes: notes.sort((a, b) => order(a) - order(b)) };
}
