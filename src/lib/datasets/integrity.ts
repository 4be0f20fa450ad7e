// A file's declared bytes and hash (Data Package `bytes`, `hash`) against the file as it is.
import { createHash } from 'node:crypto';
import type { Problem } from '../problems/problem.ts';
import type { Resource } from './descriptor.ts';
import type { Context } from './descriptor-files.ts';

/** `bytes` and `hash` as declared: a mismatch means the file changed since the package was made. */
export function integrity(bytes: Buffer, resource: Resource, at: Context['at'], file: string): Problem[] {
  const out: Problem[] = [];
  if (resource.bytes !== undefined && resource.bytes !== bytes.length)
    out.push({
      ...at(['bytes']),
      where: `${resource.name} bytes`,
      expected: `${resource.bytes} bytes, as declared (update \`bytes\` if ${file} was changed on purpose)`,
      found: `${bytes.length} bytes`,
    });
  if (resource.hash) {
    const m = /^(?:(md5|sha1|sha256|sha512):)?([0-9a-f]+)$/i.exec(resource.hash);
    if (!m)
      out.push({
        ...at(['hash']),
        where: `${resource.name} hash`,
        expected: 'a hash such as "sha256:…" or an MD5 hex string',
        found: JSON.stringify(resource.hash),
      });
    else {
      const actual = createHash((m[1] ?? 'md5').toLowerCase())
        .update(bytes)
        .digest('hex');
      if (actual !== m[2]!.toLowerCase())
        out.push({
          ...at(['hash']),
          where: `${resource.name} hash`,
          expected: `the declared ${m[1] ?? 'md5'} ${m[2]} (update \`hash\` if ${file} was changed on purpose)`,
          found: actual,
        });
    }
  }
  return out;
}
