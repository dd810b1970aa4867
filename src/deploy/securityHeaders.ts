import { HEADER_ONLY_DIRECTIVES } from './contentSecurityPolicy.ts';

/** Headers every page gets on hosts that read `_headers` (Netlify, Cloudflare Pages). */
export const SECURITY_HEADERS: Record<string, string> = {
  // OpenStreetMap's tile servers refuse requests without a Referer: never `no-referrer`.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * One Content-Security-Policy for the whole site, from the per-page `<meta>` policies Astro
 * wrote: the same directives, with the script and style hashes of every page together (a header
 * is sent for every path, and a page must pass both the header and its own meta policy).
 */
export function mergeContentSecurityPolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  const merged = [...directives].map(([name, sources]) => [name, ...[...sources].sort()].join(' '));
  return [...merged, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** The `_headers` file: the merged policy and the security headers, for every path. */
export function headersFile(contentSecurityPolicy: string): string {
  const lines = [`  Content-Security-Policy: ${contentSecurityPolicy}`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  return `/*\n${lines.join('\n')}\n`;
}
