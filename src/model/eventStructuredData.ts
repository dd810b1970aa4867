import type { ArticleEvent } from './types.ts';

/** How the model makes a page's absolute URL (`SiteUrls` of deploy/ is one). */
export interface AbsoluteUrls {
  absolute(path: string): string;
}

/**
 * schema.org `Event` for one timeline event's page, as the text of a `<script
 * type="application/ld+json">`: its sentence, date, page and card, where it happened, and the
 * article it is part of. `<` is escaped so no text can close the script.
 */
export function eventJsonLd(input: {
  article: { slug: string; title: string };
  event: ArticleEvent;
  name: string;
  where: { name: string; lat?: number; lon?: number } | undefined;
  /** The page's card when it is not the event's own. */
  cardPath?: string | undefined;
  urls: AbsoluteUrls;
}): string {
  const { article, event, name, where, cardPath, urls } = input;
  const node: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: `${name}: ${article.title}`,
    description: event.text,
    startDate: event.date,
    ...(event.end ? { endDate: event.end } : {}),
    url: urls.absolute(`${article.slug}/events/${event.id}/`),
    image: urls.absolute(cardPath ?? `${article.slug}/events/${event.id}/card.png`),
    ...(where
      ? {
          location: {
            '@type': 'Place',
            name: where.name,
            ...(where.lat !== undefined && where.lon !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: where.lat, longitude: where.lon } } : {}),
          },
        }
      : {}),
    isPartOf: { '@type': 'Article', name: article.title, url: urls.absolute(`${article.slug}/`) },
  };
  return JSON.stringify(node).replace(/</g, '\\u003c');
}
