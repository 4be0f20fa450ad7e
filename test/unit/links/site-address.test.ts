import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteAddress } from '../../../src/lib/links/site-address.ts';

describe('siteAddress(env)', () => {
  it('siteAddress({}) is the placeholder at the root, and says it was not told', () => {
    expect(siteAddress({})).toEqual({ site: PLACEHOLDER_SITE, base: '/', told: false });
  });
  it('siteAddress({ BLUEBOOK_SITE, BLUEBOOK_BASE }) takes both', () => {
    const env = { BLUEBOOK_SITE: 'https://report.example.cn', BLUEBOOK_BASE: '/bluebook/' };
    expect(siteAddress(env)).toEqual({ site: 'https://report.example.cn', base: '/bluebook/', told: true });
  });
});
