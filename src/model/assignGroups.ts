import type { Frontmatter } from '../schemas/frontmatter.ts';
import type { SiteSettings } from '../schemas/siteSettings.ts';
import { escapeRegExp } from '../parse/escapeRegExp.ts';
import { conflictSources, nameKey, warNames } from './conflictNames.ts';

/** What grouping needs to know of an article. */
export interface GroupInput {
  slug: string;
  frontmatter: Frontmatter;
  /** The article's own description (`ArticleData.summary`), when it has one; not `frontmatter.description`, which may be another post's. */
  summary?: string | undefined;
  /** The content subfolder the file is in (`syria`, `ukraine/2022`), when it is in one. */
  folder?: string | undefined;
  /** The country its map lies in (`MapModel.country`), when it has a map. */
  country?: string | undefined;
}

/** The groups of a site, in the order readers see them, and each article's group. */
export interface Groups {
  /** Group names, in order: configured groups first, then found ones by size, the fallback last. */
  names: string[];
  bySlug: Map<string, string>;
}

/**
 * Puts every article in one group. In order: the frontmatter's own `conflict`; the content
 * subfolder it was sorted into (its first level: a configured group when the folder's name is
 * one of the group's words, else the folder's name); the first
 * configured group whose words occur in the article's telling texts (most telling text first);
 * else the war its texts name that most articles of the site also name (so "Syrian War" in one
 * infobox joins the "Syrian Civil War" of the others); else the configured group of the country its
 * map lies in (a strike on Sumy told with no word of Ukraine); else the configured fallback.
 */
export function assignGroups(articles: readonly GroupInput[], settings: Pick<SiteSettings, 'groups' | 'otherGroup'>): Groups {
  const configured = settings.groups.map((group) => ({
    name: group.name,
    patterns: [group.name, ...group.match].map((word) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu')),
  }));
  const configuredByKey = new Map(settings.groups.map((group) => [nameKey(group.name), group.name]));
  const candidates = new Map<string, string[]>();
  const count = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const bySlug = new Map<string, string>();

  for (const article of articles) {
    const explicit = article.frontmatter.conflict?.trim();
    if (explicit) {
      bySlug.set(article.slug, configuredByKey.get(nameKey(explicit)) ?? explicit);
      continue;
    }
    const folder = article.folder?.split('/')[0]?.trim();
    if (folder) {
      const words = folder.replace(/[-_]+/g, ' ').trim();
      const named = configured.find((group) => group.patterns.some((pattern) => pattern.test(words)));
      bySlug.set(article.slug, named?.name ?? words.charAt(0).toUpperCase() + words.slice(1));
      continue;
    }
    const sources = conflictSources(article.frontmatter, article.summary);
    const matched = sources.map((text) => configured.find((group) => group.patterns.some((pattern) => pattern.test(text)))).find(Boolean);
    if (matched) {
      bySlug.set(article.slug, matched.name);
      continue;
    }
    const names = sources.flatMap(warNames);
    const country = article.country;
    const byCountry = names.length === 0 && country ? configured.find((group) => group.patterns.some((pattern) => pattern.test(country))) : undefined;
    if (byCountry) {
      bySlug.set(article.slug, byCountry.name);
      continue;
    }
    const keys = [...new Set(names.map(nameKey))];
    candidates.set(article.slug, keys);
    for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
    for (const name of names) {
      const forKey = spellings.get(nameKey(name)) ?? new Map<string, number>();
      forKey.set(name, (forKey.get(name) ?? 0) + 1);
      spellings.set(nameKey(name), forKey);
    }
  }

  for (const [slug, keys] of candidates) {
    // The most shared name; between equals the more specific ("Syrian civil war" over "Syrian
    // War"), then the first in the order of the texts.
    const words = (key: string) => key.split(' ').length;
    const better = (key: string, chosen: string) => (count.get(key) ?? 0) - (count.get(chosen) ?? 0) || words(key) - words(chosen);
    const best = keys.reduce<string | undefined>((chosen, key) => (chosen === undefined || better(key, chosen) > 0 ? key : chosen), undefined);
    bySlug.set(slug, best ? (configuredByKey.get(best) ?? displayName(spellings.get(best))) : settings.otherGroup);
  }

  const sizes = new Map<string, number>();
  for (const name of bySlug.values()) sizes.set(name, (sizes.get(name) ?? 0) + 1);
  const first = settings.groups.map((group) => group.name).filter((name) => sizes.has(name));
  const found = [...sizes.keys()]
    .filter((name) => !first.includes(name) && name !== settings.otherGroup)
    .sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b, 'en'));
  return { names: [...first, ...found, ...(sizes.has(settings.otherGroup) ? [settings.otherGroup] : [])], bySlug };
}

/** The spelling with the most capitals ("Syrian Civil War" over "Syrian civil war"), then the most used. */
function displayName(spellings: Map<string, number> | undefined): string {
  const capitals = (name: string) => name.replace(/[^\p{Lu}]/gu, '').length;
  const sorted = [...(spellings ?? new Map<string, number>())].sort(([a, m], [b, n]) => capitals(b) - capitals(a) || n - m || a.localeCompare(b, 'en'));
  return sorted[0]?.[0] ?? '';
}
