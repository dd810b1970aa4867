import type { ArticleData, ArticleEvent } from './types.ts';
import { articleKind } from './articleKind.ts';
import { articlePlaceName } from './articlePlaceName.ts';
import { articleSource, type ArticleSource } from './articleSource.ts';
import { destinationOnly } from './destinationOnly.ts';
import { eventJsonLd, type AbsoluteUrls } from './eventStructuredData.ts';
import { formatEventDate } from './formatEventDate.ts';
import { placeMarkId } from './placeMark.ts';
import { shortenText } from './shortenText.ts';
import { articleCardAlt, articleCardPath, type EventCards } from './shareCards.ts';

/** What an event page needs of its article: plain JSON, so the build can hand it to the page writer. */
export interface EventPageArticle {
  slug: string;
  title: string;
  source: ArticleSource;
  /**
   * Where the article's story happens, in words (the infobox's `place`), and, when the article has
   * a map, its point and its id in `places` (the map's primary place).
   */
  place?: { name: string; lat?: number; lon?: number; id?: string } | undefined;
  /** Gazetteer places the events name: id → name and point. */
  places: Record<string, { name: string; lat: number; lon: number }>;
  events: ArticleEvent[];
  /** Which card its event pages show: each event's own, or the article's (site.yaml `eventCards`). */
  eventCards: EventCards;
}

/** The parts of an article that its event pages show. */
export function eventPageArticle(
  article: Pick<ArticleData, 'slug' | 'title' | 'frontmatter' | 'map' | 'timeline'> & Partial<Pick<ArticleData, 'infobox'>>,
  eventCards: EventCards = 'event',
): EventPageArticle {
  const placeName = articlePlaceName(article.frontmatter, article.map);
  const center = article.map?.center;
  const primary = article.map?.places.find((place) => place.primary);
  return {
    slug: article.slug,
    title: article.title,
    source: articleSource(article.frontmatter, articleKind(article.frontmatter, article.infobox) === 'news'),
    ...(placeName ? { place: { name: placeName, ...(center ? { lat: center.lat, lon: center.lon } : {}), ...(primary ? { id: primary.id } : {}) } } : {}),
    places: Object.fromEntries((article.map?.places ?? []).map((place) => [place.id, { name: place.name, lat: place.lat, lon: place.lon }])),
    events: article.timeline,
    eventCards,
  };
}

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
  /** Site path of the share card, and its alternative text. */
  cardPath: string;
  cardAlt: string;
  articleTitle: string;
  /** `, section “Background”` after the article's link, or nothing. */
  sectionNote: string;
  /** The machine-readable date of `<time datetime>`. */
  datetime: string;
  /** The paragraph around the sentence: the text before it and after it ("" when not found). */
  contextBefore: string;
  contextAfter: string;
  /** Where it happened, in words: the places the sentence names, else the article's place. */
  where: string;
  /**
   * The mark of that place in the article's map picture (`events/places.svg#<mark>`), or "" when
   * the article has no map: the page then has no picture (see `shellFor`).
   */
  mapMark: string;
  /** The picture's alternative text: "Map: Aleppo marked". */
  mapAlt: string;
  /** Site paths of the neighbouring events' pages; the article's timeline at either end. */
  previousPath: string;
  previousLabel: string;
  nextPath: string;
  nextLabel: string;
  /** "the Wikipedia article “…”" and its URL (this site's article for a post of its own). */
  sourceLabel: string;
  sourceUrl: string;
  /** The text's licence ("CC BY-SA 4.0") and its deed; both "" when the source states none (a post). */
  licenceName: string;
  licenceUrl: string;
  /** The page's JSON-LD, ready for a `<script>`: the only value filled in unescaped. */
  jsonLd: string;
}

/** The values of the page `/<slug>/events/<event-id>/` for the `index`-th event of an article. */
export function eventPageValues(article: EventPageArticle, index: number, urls: AbsoluteUrls): EventPageValues {
  const event = article.events[index];
  if (!event) throw new Error(`eventPageValues: ${article.slug} has no event ${index}`);
  const when = formatEventDate(event);
  const paragraph = event.paragraph ?? '';
  const at = paragraph.indexOf(event.text);
  const where = eventWhere(article, event);
  return {
    slug: article.slug,
    eventId: event.id,
    when,
    title: `${when}: ${article.title}`,
    description: event.text,
    ...(article.eventCards === 'article'
      ? { cardPath: articleCardPath(article.slug), cardAlt: articleCardAlt(article.title) }
      : { cardPath: `${article.slug}/events/${event.id}/card.png`, cardAlt: `${when}: ${event.text}` }),
    articleTitle: article.title,
    sectionNote: event.section ? `, section “${event.section}”` : '',
    datetime: event.date,
    contextBefore: at > 0 ? paragraph.slice(0, at).trimEnd() : '',
    contextAfter: at >= 0 ? paragraph.slice(at + event.text.length).trimStart() : '',
    where: where?.name ?? 'not stated in the article',
    ...eventMap(where),
    ...neighbour('previous', article, index - 1),
    ...neighbour('next', article, index + 1),
    sourceLabel: article.source.label,
    sourceUrl: article.source.url ?? urls.absolute(`${article.slug}/`),
    licenceName: article.source.licence?.name ?? '',
    licenceUrl: article.source.licence?.url ?? '',
    jsonLd: eventJsonLd({ article, event, name: when, where, cardPath: article.eventCards === 'article' ? articleCardPath(article.slug) : undefined, urls }),
  };
}

type Neighbour<Key extends string> = Record<`${Key}Path` | `${Key}Label`, string>;

function neighbour<Key extends 'previous' | 'next'>(key: Key, article: EventPageArticle, index: number): Neighbour<Key> {
  const event = article.events[index];
  const [path, label] = event
    ? [`${article.slug}/events/${event.id}/`, `${formatEventDate(event)}: ${shortenText(event.text, 90)}`]
    : [`${article.slug}/#timeline`, key === 'previous' ? 'This is the first event: see the whole timeline' : 'This is the last event: see the whole timeline'];
  return { [`${key}Path`]: path, [`${key}Label`]: label } as Neighbour<Key>;
}

type Where = { name: string; lat?: number; lon?: number; id?: string };

/** The first gazetteer place the sentence names, but not only as where something headed; else the article's own place. */
function eventWhere(article: EventPageArticle, event: ArticleEvent): Where | undefined {
  const id = (event.places ?? []).find((candidate) => {
    const place = article.places[candidate];
    return place !== undefined && !destinationOnly(event.text, place.name);
  });
  const named = id === undefined ? undefined : article.places[id];
  return named && id !== undefined ? { ...named, id } : article.place;
}

/** The picture's mark and words: a place only has a mark when it is one of the article's map. */
function eventMap(where: Where | undefined): Pick<EventPageValues, 'mapMark' | 'mapAlt'> {
  return where?.id === undefined ? { mapMark: '', mapAlt: '' } : { mapMark: placeMarkId(where.id), mapAlt: `Map: ${where.name} marked` };
}
