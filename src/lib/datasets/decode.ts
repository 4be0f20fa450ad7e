import type { Problem } from '../problems/problem.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a CSV file's bytes as UTF-8 (a BOM is dropped), or as the encoding its descriptor
 * declares (`encoding`: gb18030, utf-16le …). Bytes that are not what they should be are a
 * Problem that says which encoding they look like and how to convert them.
 */
export function decodeCsv(
  bytes: Uint8Array,
  file: string,
  encoding = 'utf-8',
): { text: string } | { problem: Problem } {
  if (bytes.length === 0)
    return { problem: { file, line: 1, column: 1, expected: 'a CSV file with a header row', found: 'an empty file' } };
  if (!/^utf-?8$/i.test(encoding)) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      return {
        problem: {
          file,
          line: 1,
          where: 'encoding',
          expected: 'an encoding label such as utf-8, gb18030, gbk, big5, utf-16le or windows-1252',
          found: JSON.stringify(encoding),
        },
      };
    }
    try {
      return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
    } catch {
      return {
        problem: {
          file,
          line: 1,
          where: 'encoding',
          expected: `bytes in the declared encoding ${encoding}`,
          found: "bytes that are not (fix the file or the descriptor's `encoding`)",
        },
      };
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: encodingProblem(file, 'UTF-16', 'iconv -f UTF-16 -t UTF-8') };
  }
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const { line, column } = firstInvalidByte(bytes);
    const looksGb = looksLikeGb18030(bytes);
    return {
      problem: {
        ...encodingProblem(
          file,
          looksGb ? 'GBK/GB18030 (common in Chinese office software)' : 'a legacy 8-bit encoding',
          `iconv -f ${looksGb ? 'GBK' : 'WINDOWS-1252'} -t UTF-8`,
        ),
        line,
        column,
      },
    };
  }
}

function encodingProblem(file: string, looksLike: string, command: string): Problem {
  return {
    file,
    line: 1,
    expected:
      `UTF-8 text (convert it with \`${command} ${file.split('/').pop()} > fixed.csv\`, or in Excel/WPS ` +
      `choose "CSV UTF-8" when saving)`,
    found: `bytes that are not UTF-8; they look like ${looksLike}`,
  };
}

/** Line and column (in bytes) of the first byte sequence that is not UTF-8. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) return { line, column: i - lineStart + 1 };
    i += len - 1;
  }
  return { line, column: 1 };
}

/** GB18030 decodes most of these bytes to Han characters. */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  const text = new TextDecoder('gb18030').decode(bytes);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const high = bytes.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0);
  return han > 0 && han * 2 >= high * 0.8;
}
