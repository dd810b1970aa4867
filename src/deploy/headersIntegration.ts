import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergeContentSecurityPolicies } from './securityHeaders.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Writes `dist/_headers` after the build: security headers and a Content-Security-Policy that
 * covers the hashes of every page, for static hosts that read the file. Hosts that do not still
 * get each page's `<meta>` policy.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(out)) {
          const policy = META_CSP.exec(await readFile(file, 'utf8'))?.[1];
          if (policy) policies.push(policy.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
        }
        await writeFile(path.join(out, '_headers'), headersFile(mergeContentSecurityPolicies(policies)));
        logger.info(`_headers written from ${policies.length} pages' policies`);
      },
    },
  };
}
