import sharp from 'sharp';
import { locationMapSvg } from '../map/locationMapSvg.ts';
import { PICTURE_PNG, svgToPng } from '../rasteriseSvg.ts';
import type { ArticleData, ArticleEvent, MapModel } from '../../model/types.ts';
import { formatEventDate } from '../../model/formatEventDate.ts';
import { infoboxLine } from '../../model/infoboxLine.ts';
import { publicationDay } from '../../model/newsByline.ts';
import { siteSettings } from '../../config/siteSettings.ts';
import { cachedRender, cachedRenderFile } from '../cachedRender.ts';
import { articleCardSvg, CARD_MAP, eventCardSvg } from './cardSvg.ts';

// Every card of an article shows the same location picture: draw each one once per build.
const locationSvgs = new Map<string, string | undefined>();

/** What an event's card shows of its article: the title, and where it happened. */
export interface CardArticle {
  title: string;
  map?: Pick<MapModel, 'country' | 'center' | 'countryOnly'> | undefined;
}

/** The article's location as a picture for the card's right side, when the article has a map. */
function locationSvg(article: CardArticle): string | undefined {
  const map = article.map;
  if (!map?.country) return undefined;
  const dot = map.countryOnly !== true;
  const key = JSON.stringify([map.country, map.center, dot]);
  if (!locationSvgs.has(key)) locationSvgs.set(key, locationMapSvg(map.country, map.center, CARD_MAP.size, dot));
  return locationSvgs.get(key);
}

async function compose(cardSvg: string, mapSvg: string | undefined): Promise<Buffer> {
  const mapPng = mapSvg ? await cachedRender('card-location', { mapSvg }, () => svgToPng(mapSvg, CARD_MAP.size, true)) : undefined;
  const layers = mapPng ? [{ input: mapPng, left: CARD_MAP.left, top: CARD_MAP.top }] : [];
  // A card has two text colours on one background and a small map: 16 colours look the same
  // and cost two thirds of 32 (a seed event card: 22 kB instead of 35 kB).
  return sharp(Buffer.from(cardSvg))
    .composite(layers)
    .png({ ...PICTURE_PNG, colours: 16 })
    .toBuffer();
}

/** The 1200×630 share card of an article page, rendered only when its inputs change. */
export function articleCardPng(article: Omit<ArticleData, 'localImage'>): Promise<Buffer> {
  const mapSvg = locationSvg(article);
  const card = {
    site: siteSettings().name,
    title: article.title,
    dates: infoboxLine(article.frontmatter, 'date') ?? publicationDay(article.frontmatter, article.published),
    place: infoboxLine(article.frontmatter, 'place'),
    withMap: mapSvg !== undefined,
  };
  return cachedRender('article-card', { card, mapSvg }, async () => compose(articleCardSvg(card), mapSvg));
}

/** The share card of one event: what a chat shows for a link to that day. */
export function eventCardPng(article: CardArticle, event: ArticleEvent): Promise<Buffer> {
  return cachedRender(...eventCard(article, event));
}

/** {@link eventCardPng} as the path of its file in the render cache. */
export function eventCardFile(article: CardArticle, event: ArticleEvent): Promise<string> {
  return cachedRenderFile(...eventCard(article, event));
}

function eventCard(article: CardArticle, event: ArticleEvent): [kind: string, inputs: unknown, render: () => Promise<Buffer>] {
  const mapSvg = locationSvg(article);
  const card = { site: siteSettings().name, date: formatEventDate(event), text: event.text, articleTitle: article.title, withMap: mapSvg !== undefined };
  return ['event-card', { card, mapSvg }, async () => compose(eventCardSvg(card), mapSvg)];
}
