import type { ArticleData } from '../model/types.ts';
import { titleKey, type LocalTargets, type LocalTarget } from '../render/localLinks.ts';

/** Where each article of the build can be linked to: its page under `base`, and its anchors. */
export function localTargets(articles: readonly ArticleData[], base: string): LocalTargets {
  const targets = new Map<string, LocalTarget>();
  for (const article of articles) {
    const anchors = new Set<string>(['timeline', 'map']);
    for (const heading of article.headings) anchors.add(heading.slug);
    for (const event of article.timeline) anchors.add(event.id);
    targets.set(titleKey(article.title), { path: `${base}${article.slug}/`, anchors });
  }
  return targets;
}
