// The little of CBOR (RFC 8949) that Pagefind's index files use: unsigned integers, byte and
// text strings, arrays and maps of definite length, and simple values (false, true, null).
export type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | Map<Cbor, Cbor>;

export function decodeCbor(bytes: Uint8Array): Cbor {
  let i = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[i++]!;
    if (info === 25) {
      const v = view.getUint16(i);
      i += 2;
      return v;
    }
    if (info === 26) {
      const v = view.getUint32(i);
      i += 4;
      return v;
    }
    if (info === 27) {
      const v = Number(view.getBigUint64(i));
      i += 8;
      return v;
    }
    throw new Error(`CBOR: indefinite or reserved length ${info} at byte ${i}`);
  };
  const item = (): Cbor => {
    const head = bytes[i++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`CBOR: simple value ${info} at byte ${i - 1}`);
    }
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 2: {
        const b = bytes.slice(i, i + n);
        i += n;
        return b;
      }
      case 3: {
        const s = new TextDecoder().decode(bytes.subarray(i, i + n));
        i += n;
        return s;
      }
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const m = new Map<Cbor, Cbor>();
        for (let k = 0; k < n; k++) {
          const key = item();
          m.set(key, item());
        }
        return m;
      }
      default:
        throw new Error(`CBOR: major type ${major} at byte ${i - 1}`);
    }
  };
  const value = item();
  if (i !== bytes.length) throw new Error(`CBOR: ${bytes.length - i} bytes after the value`);
  return value;
}

export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 255);
    else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
    else {
      const b = new Uint8Array(8);
      new DataView(b.buffer).setBigUint64(0, BigInt(n));
      out.push((major << 5) | 27, ...b);
    }
  };
  const item = (v: Cbor) => {
    if (v === false) out.push(0xf4);
    else if (v === true) out.push(0xf5);
    else if (v === null) out.push(0xf6);
    else if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0) throw new Error(`CBOR: only unsigned integers (${v})`);
      head(0, v);
    } else if (typeof v === 'string') {
      const b = new TextEncoder().encode(v);
      head(3, b.length);
      out.push(...b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      out.push(...v);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else {
      head(5, v.size);
      for (const [k, x] of v) {
        item(k);
        item(x);
      }
    }
  };
  item(value);
  return Uint8Array.from(out);
}
