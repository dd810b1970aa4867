import { LICENCE } from './articleSource.ts';

/** The site's name, as pages and citations give it. */
export const SITE_NAME = 'Documentary: Syrian Civil War battles';

/**
 * A plain-text citation of an article page, without its URL (Cite.astro adds it): title, site,
 * source and licence. Built from strings only, so the event page shell can be given
 * placeholders (see src/eventPages/).
 */
export function articleCitation(parts: { articleTitle: string; sourceLabel: string }): string {
  return `“${parts.articleTitle}”. ${SITE_NAME}. Adapted from ${parts.sourceLabel}, ${LICENCE.name}.`;
}

/** A plain-text citation of one event, without its URL: its sentence and date, then its article's. */
export function eventCitation(parts: { when: string; text: string; articleTitle: string; sourceLabel: string }): string {
  return `“${parts.text}” (${parts.when}). In “${parts.articleTitle}”, ${SITE_NAME}. Adapted from ${parts.sourceLabel}, ${LICENCE.name}.`;
}
