import { escapeXml } from '../escapeXml.ts';
import { setText, type SetText } from './cardText.ts';

/** Open Graph's recommended card size. */
const CARD = { width: 1200, height: 630 } as const;
/** Where the location picture goes on a card (composited by sharp). */
export const CARD_MAP = { left: 760, top: 130, size: 380 } as const;

const BACKGROUND = '#14191f';
const ACCENT = '#c0392b';
const TEXT = '#f4f1ea';
const MUTED = '#b7bcc2';
const SITE = 'Documentary: Syrian Civil War battles';

/** What an article's card says. */
export interface ArticleCard {
  title: string;
  dates?: string | undefined;
  place?: string | undefined;
  /** Leave room on the right for the location picture. */
  withMap: boolean;
}

/** What an event's card says: the day first, since that is what the link is about. */
export interface EventCard {
  date: string;
  text: string;
  articleTitle: string;
  withMap: boolean;
}

function frame(blocks: SetText[], title: string): string {
  const { width, height } = CARD;
  const site = setText({ text: SITE, x: 64, y: height - 48, size: 24, maxWidth: 700, maxLines: 1, weight: 400, fill: MUTED });
  const all = [...blocks, site];
  const glyphs = new Map(all.flatMap((block) => [...block.glyphs]));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(title)}</title>` +
    `<defs>${[...glyphs.values()].join('')}</defs>` +
    `<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>` +
    `<rect x="0" y="0" width="16" height="${height}" fill="${ACCENT}"/>` +
    all.map((block) => block.svg).join('') +
    `</svg>`
  );
}

/** The card of an article page: title, dates and place, beside its location picture. */
export function articleCardSvg(card: ArticleCard): string {
  const maxWidth = card.withMap ? 650 : 1060;
  const title = setText({ text: card.title, x: 64, y: 150, size: 64, maxWidth, maxLines: 3, weight: 700, fill: TEXT, lineHeight: 76 });
  const blocks = [title];
  let y = title.bottom + 70;
  for (const line of [card.dates, card.place]) {
    if (!line) continue;
    const block = setText({ text: line, x: 64, y, size: 32, maxWidth, maxLines: 2, weight: 400, fill: MUTED, lineHeight: 40 });
    blocks.push(block);
    y = block.bottom + 52;
  }
  return frame(blocks, card.title);
}

/** The card of one timeline event: its date in words, the sentence, and the article it is from. */
export function eventCardSvg(card: EventCard): string {
  const maxWidth = card.withMap ? 650 : 1060;
  const date = setText({ text: card.date, x: 64, y: 130, size: 60, maxWidth, maxLines: 1, weight: 700, fill: TEXT });
  const text = setText({ text: card.text, x: 64, y: date.bottom + 70, size: 34, maxWidth, maxLines: 6, weight: 400, fill: TEXT, lineHeight: 46 });
  const source = setText({ text: card.articleTitle, x: 64, y: CARD.height - 100, size: 28, maxWidth, maxLines: 1, weight: 700, fill: MUTED });
  return frame([date, text, source], `${card.date}: ${card.text}`);
}
