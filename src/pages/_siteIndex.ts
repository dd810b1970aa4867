import { getCollection } from 'astro:content';
import { siteSettings } from '../config/siteSettings.ts';
import { siteUrls } from '../deploy/siteUrls.ts';
import { buildSiteIndex, type SiteIndex } from '../model/siteIndex.ts';

let index: Promise<SiteIndex> | undefined;

/** The site's groups and lists, made once per build for the home, group, news and chronology pages. */
export function siteIndex(): Promise<SiteIndex> {
  index ??= getCollection('articles').then((entries) =>
    buildSiteIndex(
      entries.map((entry) => entry.data),
      siteSettings(),
      siteUrls(import.meta.env.BASE_URL, undefined).path,
    ),
  );
  return index;
}
