import type { TimelineEvent } from '../timeline/types.ts';
import { MONTH_NAMES, yearInWords } from './dateWords.ts';
import { formatEventDate } from './formatEventDate.ts';
import { shortenText } from './shortenText.ts';

/** What the chronology needs of an article. */
export interface ChronologyArticle {
  slug: string;
  title: string;
  timeline: readonly TimelineEvent[];
}

/** One event in the site-wide chronology, with the article it comes from. */
export interface ChronologyEntry {
  /** Path of the event's own page inside the site (`<slug>/events/<id>/`). */
  path: string;
  date: string;
  /** The date in words, as precise as the text ("25 February 2012", "July 2012"). */
  when: string;
  text: string;
  articleTitle: string;
}

/** A month of a year; `month` is absent for events the text dates to the year only. */
export interface ChronologyMonth {
  id: string;
  label: string;
  entries: ChronologyEntry[];
}

export interface ChronologyYear {
  id: string;
  label: string;
  months: ChronologyMonth[];
}

/**
 * Every event of every article, by year and then month, oldest first; events of one date keep the
 * articles' alphabetical order, and each article's own order. Events dated to a year only come
 * after that year's months, under "Sometime in <year>".
 */
export function buildChronology(articles: readonly ChronologyArticle[]): ChronologyYear[] {
  const entries = [...articles]
    .sort((a, b) => a.title.localeCompare(b.title, 'en'))
    .flatMap((article) =>
      article.timeline.map((event) => ({
        event,
        entry: {
          path: `${article.slug}/events/${event.id}/`,
          date: event.date,
          when: formatEventDate(event),
          text: shortenText(event.text, 220),
          articleTitle: article.title,
        },
      })),
    );
  const sortKey = (date: string) => {
    const [, year = '0', month = '13', day = '00'] = /^(-?\d+)(?:-(\d\d))?(?:-(\d\d))?/.exec(date) ?? [];
    return [Number(year), Number(month), Number(day)];
  };
  // A stable sort keeps alphabetical article order within a date.
  entries.sort((a, b) => {
    const [ya = 0, ma = 0, da = 0] = sortKey(a.event.date);
    const [yb = 0, mb = 0, db = 0] = sortKey(b.event.date);
    return ya - yb || ma - mb || da - db;
  });
  const years: ChronologyYear[] = [];
  for (const { event, entry } of entries) {
    const year = /^-?\d+/.exec(event.date)?.[0] ?? '0';
    const month = event.precision === 'year' ? undefined : event.date.slice(year.length + 1, year.length + 3);
    let yearGroup = years.at(-1);
    if (yearGroup?.id !== `y${year}`) {
      yearGroup = { id: `y${year}`, label: yearInWords(year), months: [] };
      years.push(yearGroup);
    }
    const monthId = `y${year}-${month ?? 'year'}`;
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.id !== monthId) {
      const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
      monthGroup = { id: monthId, label: monthName ? `${monthName} ${yearGroup.label}` : `Sometime in ${yearGroup.label}`, entries: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.entries.push(entry);
  }
  return years;
}
