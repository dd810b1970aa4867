import { descriptionSpan } from '../timeline/descriptionSpan.ts';
import { parseDateRange } from '../timeline/parseDateRange.ts';
import type { ArticleData } from './types.ts';
import { articleKind, type ArticleKind } from './articleKind.ts';
import { eventDayRange, isoDay } from './eventDayRange.ts';
import { formatEventDate } from './formatEventDate.ts';
import { infoboxLine } from './infoboxLine.ts';
import { postAuthor, publicationDay } from './newsByline.ts';
import { shortenDateSpan } from './shortenDateSpan.ts';
import { shortenText } from './shortenText.ts';

/** What a summary reads of an article (the pages' entries hold the local picture as an asset). */
export type SummaryInput = Omit<ArticleData, 'localImage'>;

/** What the home page, a group's page and the news list show of one article. */
export interface ArticleSummary {
  slug: string;
  title: string;
  kind: ArticleKind;
  shortDescription?: string | undefined;
  /** As written: a news post's publication date, else the infobox's dates (a video report's: its description's span), else the timeline's span. */
  dates?: string | undefined;
  /** A news post's publication date as written, when it states one (then it is also `dates`). */
  published?: string | undefined;
  place?: string | undefined;
  /** The infobox's result, first line, shortened. */
  result?: string | undefined;
  /** A news post's author. */
  author?: string | undefined;
  /** A small picture: the locator map the site draws, else the article's remote lead picture. */
  picture?: { src: string; alt: string; local: boolean } | undefined;
  /** ISO date the lists sort by (start of the story, or publication); `undefined` sorts last. */
  sortDate?: string | undefined;
}

/** Months of a date the parser cannot read whole ("Jul 08 2022", "2016–2017"): the first year is enough to sort. */
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/;

/** The summary of an article; `sitePath` makes the path of a file of the site (base path included). */
export function summariseArticle(article: SummaryInput, sitePath: (inner: string) => string): ArticleSummary {
  const { frontmatter } = article;
  const kind = articleKind(frontmatter, article.infobox);
  const infoboxDates = infoboxLine(frontmatter, 'date') ?? infoboxLine(frontmatter, 'dates');
  const published = kind === 'news' ? publicationDay(frontmatter, article.published) : undefined;
  // A video report states no publication, but its description ends in the span its story covers.
  // A post's own prose recalls earlier years, so its timeline's span is no span of its story.
  const span = kind === 'news' ? descriptionSpan(frontmatter.description) : timelineSpan(article);
  const storyDates = infoboxDates ?? (span === undefined ? undefined : shortenDateSpan(span));
  const dates = published ?? storyDates;
  const result = infoboxLine(frontmatter, 'result');
  return {
    slug: article.slug,
    title: article.title,
    kind,
    shortDescription: article.shortDescription,
    dates,
    published,
    place: infoboxLine(frontmatter, 'place') ?? infoboxLine(frontmatter, 'location'),
    result: result ? shortenText(result, 90) : undefined,
    author: kind === 'news' ? postAuthor(frontmatter.author) : undefined,
    picture: article.map?.country
      ? { src: sitePath(`${article.slug}/location-map.png`), alt: `Location of ${article.title} within ${article.map.country}`, local: true }
      : article.remoteImage
        ? { src: article.remoteImage, alt: '', local: false }
        : undefined,
    sortDate: sortDate(dates, article),
  };
}

/**
 * From the first event to the last. Background told in the prose ("Ukraine became independent in
 * 1991") would stretch the span, so a year in the title ("2022 Russian invasion…") starts it.
 */
function timelineSpan(article: SummaryInput): string | undefined {
  const from = YEAR.exec(article.title)?.[1] ?? '';
  const inSpan = article.timeline.filter((event) => event.date >= from);
  // "In 2022" sorts before "24 February 2022" and would open the span as a bare year: the ends are the finest dates there are.
  const precise = inSpan.filter((event) => event.precision === 'day' || event.precision === 'month');
  const dated = (precise.length > 0 ? precise : inSpan).sort((a, b) => a.date.localeCompare(b.date));
  const first = dated[0];
  // The event that ends last closes the span, its own range's end included.
  const last = dated.reduce<SummaryInput['timeline'][number] | undefined>((a, b) => (a && (a.end ?? a.date) >= (b.end ?? b.date) ? a : b), undefined);
  if (!first || !last) return undefined;
  const startOf = { date: first.date, precision: first.precision, qualifier: first.qualifier };
  // A hedged end ("late 2012") has no place in a range's end, so the two are written whole.
  if (last.qualifier !== undefined && last !== first) return `${formatEventDate(startOf)} – ${formatEventDate(last)}`;
  return formatEventDate({ ...startOf, end: last.end ?? last.date });
}

function sortDate(dates: string | undefined, article: SummaryInput): string | undefined {
  const range = dates ? parseDateRange(dates) : undefined;
  if (range) return range.start;
  // By each event's first possible day, so "late 2012" sorts in September, not on 1 January.
  const starts = article.timeline.flatMap((event) => eventDayRange(event)?.start ?? []);
  const earliest = starts.length > 0 ? isoDay(starts.reduce((a, b) => Math.min(a, b))) : undefined;
  if (earliest && !earliest.startsWith('-')) return earliest;
  return YEAR.exec(dates ?? article.title)?.[1];
}
