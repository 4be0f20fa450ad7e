/** Where the site is published when the build is not told (`bluebook.example.org` is reserved). */
export const PLACEHOLDER_SITE = 'https://bluebook.example.org';

/** The site's public address and base path, from BLUEBOOK_SITE and BLUEBOOK_BASE; `told` says
 * whether the address was set (permalinks, citations and the sitemap point at it). */
export function siteAddress(env: Record<string, string | undefined> = process.env): {
  site: string;
  base: string;
  told: boolean;
} {
  return {
    site: env.BLUEBOOK_SITE ?? PLACEHOLDER_SITE,
    base: env.BLUEBOOK_BASE ?? '/',
    told: env.BLUEBOOK_SITE !== undefined,
  };
}
