import { parseDateRange } from '../timeline/parseDateRange.ts';
import type { SiteUrls } from '../deploy/siteUrls.ts';
import type { ArticleData } from '../model/types.ts';
import { articlePlaceName } from '../model/articlePlaceName.ts';
import { shortenText } from '../model/shortenText.ts';

/** A schema.org node, as JSON-LD. */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

/**
 * schema.org `Event` for a battle article: its name, start and end from the infobox date (else
 * the span of its timeline), its location as a `Place` with `GeoCoordinates`, and one `subEvent`
 * per timeline event, each pointing at its own shareable page. Undefined when no date is known:
 * `startDate` is required.
 */
export function battleJsonLd(article: Omit<ArticleData, 'localImage'>, urls: SiteUrls): JsonLd | undefined {
  const infoboxDate = article.frontmatter.infoboxes?.[0]?.['date']?.text;
  const range = infoboxDate ? parseDateRange(infoboxDate) : undefined;
  const dates = article.timeline.map((event) => event.date).sort();
  const startDate = range?.start ?? dates[0];
  if (!startDate) return undefined;
  const endDate = range ? range.end : dates.at(-1);
  const placeName = articlePlaceName(article.frontmatter, article.map);
  const node: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: article.title,
    startDate,
    ...(endDate && endDate !== startDate ? { endDate } : {}),
    url: urls.absolute(`${article.slug}/`),
    image: urls.absolute(`${article.slug}/card.png`),
    ...(article.summary ? { description: article.summary } : {}),
  };
  if (placeName || article.map) {
    node['location'] = {
      '@type': 'Place',
      name: placeName ?? article.title,
      ...(article.map ? { geo: { '@type': 'GeoCoordinates', latitude: article.map.center.lat, longitude: article.map.center.lon } } : {}),
    };
  }
  if (article.timeline.length > 0) {
    node['subEvent'] = article.timeline.map((event) => ({
      '@type': 'Event',
      name: shortenText(event.text),
      startDate: event.date,
      url: urls.absolute(`${article.slug}/events/${event.id}/`),
    }));
  }
  return node;
}
