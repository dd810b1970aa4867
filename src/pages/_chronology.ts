import { getCollection } from 'astro:content';
import { buildChronology, type ChronologyYear } from '../model/siteChronology.ts';
import { siteIndex } from './_siteIndex.ts';

/**
 * Events a conflict's chronology shows on one page; past this, the page lists the years and each
 * year gets a page of its own (1,000 articles make 36,000 events: megabytes on one page).
 */
export const EVENTS_PER_PAGE = 2000;

type Chronology = { name: string; slug: string; years: ChronologyYear[]; count: number };
let made: Promise<Chronology[]> | undefined;

/**
 * Each conflict with its chronology, for the chronology routes and the links to them, made once per build. A group
 * whose articles date nothing (a lorem-ipsum post's "Other articles") has none: a page of "0 events" is a dead end.
 */
export function chronologies(): Promise<Chronology[]> {
  made ??= Promise.all([siteIndex(), getCollection('articles')]).then(([{ groups, groupOf }, entries]) => {
    const articles = entries.map((entry) => entry.data);
    return groups
      .map((group) => {
        const years = buildChronology(articles.filter((article) => groupOf.get(article.slug) === group));
        return { name: group.name, slug: group.slug, years, count: eventCount(years) };
      })
      .filter((chronology) => chronology.count > 0);
  });
  return made;
}

/** How many events some years hold. */
export function eventCount(years: readonly ChronologyYear[]): number {
  return years.reduce((sum, year) => sum + year.months.reduce((inYear, month) => inYear + month.entries.length, 0), 0);
}
