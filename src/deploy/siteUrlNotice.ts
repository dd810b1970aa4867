import type { AstroIntegration } from 'astro';
import { MISSING_SITE_WARNING, type DeployTarget } from './deployTarget.ts';

/**
 * Says once per build where the origin came from, or warns that there is none: a build meant for
 * a real host should not quietly ship share previews without pictures.
 */
export function siteUrlNotice(target: DeployTarget): AstroIntegration {
  return {
    name: 'site-url-notice',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (target.site) logger.info(`share URLs use ${target.site} (from ${target.siteSource ?? 'SITE_URL'})`);
        else logger.warn(MISSING_SITE_WARNING);
      },
    },
  };
}
