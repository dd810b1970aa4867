import { describe, expect, it } from 'vitest';
import { deployTarget } from '../../../src/deploy/deployTarget.ts';
import { siteUrls } from '../../../src/deploy/siteUrls.ts';
import { headersFile, mergeContentSecurityPolicies } from '../../../src/deploy/securityHeaders.ts';

describe('deployTarget', () => {
  it('defaults to a root deploy with no known origin', () => {
    expect(deployTarget({})).toEqual({ site: undefined, base: '/' });
  });

  it('normalises BASE_PATH to leading and trailing slashes, and SITE_URL to its origin', () => {
    expect(deployTarget({ BASE_PATH: 'qusayr', SITE_URL: 'https://example.org/ignored/path' })).toEqual({
      site: 'https://example.org',
      base: '/qusayr/',
      siteSource: 'SITE_URL',
    });
    expect(deployTarget({ BASE_PATH: '/sub/path' }).base).toBe('/sub/path/');
    expect(deployTarget({ BASE_PATH: '/' }).base).toBe('/');
  });

  it('reads the origin from a host’s own variable when SITE_URL is absent, SITE_URL first', () => {
    expect(deployTarget({ URL: 'https://x.netlify.app' })).toEqual({ site: 'https://x.netlify.app', base: '/', siteSource: 'URL' });
    expect(deployTarget({ CF_PAGES_URL: 'https://abc.project.pages.dev' }).site).toBe('https://abc.project.pages.dev');
    expect(deployTarget({ VERCEL_PROJECT_PRODUCTION_URL: 'docs.example.org' }).site).toBe('https://docs.example.org');
    expect(deployTarget({ SITE_URL: 'https://example.org', URL: 'https://x.netlify.app' }).siteSource).toBe('SITE_URL');
    expect(() => deployTarget({ URL: 'not a url' })).toThrow(/^URL: /);
  });

  it('names the variable when a value is wrong', () => {
    expect(() => deployTarget({ SITE_URL: 'example.org' })).toThrow(/^SITE_URL: /);
    expect(() => deployTarget({ SITE_URL: 'ftp://example.org' })).toThrow(/^SITE_URL: /);
    expect(() => deployTarget({ BASE_PATH: '/a b/' })).toThrow(/^BASE_PATH: /);
  });
});

describe('siteUrls', () => {
  it('prefixes the base path and makes absolute URLs only when the origin is known', () => {
    const known = siteUrls('/sub/', 'https://example.org');
    expect(known.path('battle/')).toBe('/sub/battle/');
    expect(known.absolute('battle/#2012-02-25-x')).toBe('https://example.org/sub/battle/#2012-02-25-x');
    expect(siteUrls('/', undefined).absolute('battle/card.png')).toBe('/battle/card.png');
  });
});

describe('security headers', () => {
  it('merges the pages’ policies into one, keeping every hash, and adds the header-only directives', () => {
    const merged = mergeContentSecurityPolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'",
      "default-src 'self'; script-src 'self' 'sha256-b'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'");
    const file = headersFile(merged);
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain('  Referrer-Policy: strict-origin-when-cross-origin');
  });
});
