/**
 * The character pairs OpenCC's traditional → simplified (mainland) conversion changes, over the
 * CJK Unified Ideographs and Extension A, as one string "tsTS…". Build-time only: opencc-js is a
 * development dependency and pages ship the generated table, not the converter.
 */
export async function t2sPairs(): Promise<string> {
  const { Converter } = await import('opencc-js');
  const convert = Converter({ from: 't', to: 'cn' });
  let out = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const c = String.fromCharCode(code);
    const s = convert(c);
    if (s !== c && [...s].length === 1) out += c + s;
  }
  return out;
}
