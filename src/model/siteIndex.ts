import type { SiteSettings } from '../schemas/siteSettings.ts';
import { slugify } from '../parse/slugify.ts';
import { assignGroups } from './assignGroups.ts';
import { summariseArticle, type ArticleSummary, type SummaryInput } from './articleSummary.ts';

/** One conflict or theatre: its events by date, and the places, units and such that belong to it. */
export interface SiteGroupModel {
  name: string;
  /** URL segment of its pages (`/conflicts/<slug>/`, `/chronology/<slug>/`). */
  slug: string;
  events: ArticleSummary[];
  others: ArticleSummary[];
}

/** The whole site as its index pages see it. */
export interface SiteIndex {
  groups: SiteGroupModel[];
  /** News posts, newest first. */
  news: ArticleSummary[];
  /** Each article's group, by slug. */
  groupOf: Map<string, SiteGroupModel>;
}

const byDate = (a: ArticleSummary, b: ArticleSummary) => (a.sortDate ?? '~').localeCompare(b.sortDate ?? '~') || a.title.localeCompare(b.title, 'en');
const byTitle = (a: ArticleSummary, b: ArticleSummary) => a.title.localeCompare(b.title, 'en');

/** Groups the articles, summarises each, and orders every list (events by date, others by title, news newest first). */
export function buildSiteIndex(articles: readonly SummaryInput[], settings: SiteSettings, sitePath: (inner: string) => string): SiteIndex {
  const { names, bySlug } = assignGroups(
    articles.map((article) => ({ ...article, country: article.map?.country })),
    settings,
  );
  const slugs = new Set<string>();
  const groups = names.map((name): SiteGroupModel => {
    let slug = slugify(name) || 'group';
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name) || 'group'}-${n}`;
    slugs.add(slug);
    return { name, slug, events: [], others: [] };
  });
  const byName = new Map(groups.map((group) => [group.name, group]));
  const groupOf = new Map<string, SiteGroupModel>();
  const news: ArticleSummary[] = [];
  for (const article of articles) {
    const summary = summariseArticle(article, sitePath);
    const group = byName.get(bySlug.get(article.slug) ?? '');
    if (group) groupOf.set(article.slug, group);
    if (summary.kind === 'news') news.push(summary);
    else if (summary.kind === 'event') group?.events.push(summary);
    else group?.others.push(summary);
  }
  for (const group of groups) {
    group.events.sort(byDate);
    group.others.sort(byTitle);
  }
  news.sort((a, b) => byDate(b, a));
  const used = new Set(groupOf.values());
  return { groups: groups.filter((group) => used.has(group)), news, groupOf };
}
