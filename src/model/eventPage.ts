import type { ArticleEvent } from './types.ts';
import { formatEventDate } from './formatEventDate.ts';

/** Everything that differs between two event pages: the words and URL parts of one event. */
export interface EventPageValues {
  slug: string;
  eventId: string;
  /** The date in words, "25 February 2012". */
  when: string;
  /** `<date>: <article title>`, the page's title and its share title. */
  title: string;
  /** The event's sentence: meta description and the quoted text. */
  description: string;
  /** The share card's alternative text. */
  cardAlt: string;
  articleTitle: string;
  /** `, section “Background”` after the article's link, or nothing. */
  sectionNote: string;
  /** The machine-readable date of `<time datetime>`. */
  datetime: string;
}

/** The values of the page `/<slug>/events/<event-id>/` for one event of an article. */
export function eventPageValues(article: { slug: string; title: string }, event: ArticleEvent): EventPageValues {
  const when = formatEventDate(event);
  return {
    slug: article.slug,
    eventId: event.id,
    when,
    title: `${when}: ${article.title}`,
    description: event.text,
    cardAlt: `${when}: ${event.text}`,
    articleTitle: article.title,
    sectionNote: event.section ? `, section “${event.section}”` : '',
    datetime: event.date,
  };
}
