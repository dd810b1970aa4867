/**
 * A plain-text citation of an article page, without its URL (Cite.astro adds it): title, site,
 * source and, when known, its licence. Built from strings only, so the event page shell can be given
 * placeholders (see src/eventPages/).
 */
export function articleCitation(parts: { articleTitle: string; siteName: string; sourceLabel: string; licenceName: string }): string {
  return `“${parts.articleTitle}”. ${parts.siteName}. Adapted from ${parts.sourceLabel}${licenceClause(parts.licenceName)}.`;
}

/** A plain-text citation of one event, without its URL: its sentence and date, then its article's. */
export function eventCitation(parts: { when: string; text: string; articleTitle: string; siteName: string; sourceLabel: string; licenceName: string }): string {
  return `“${parts.text}” (${parts.when}). In “${parts.articleTitle}”, ${parts.siteName}. Adapted from ${parts.sourceLabel}${licenceClause(parts.licenceName)}.`;
}

/** ", CC BY-SA 4.0", or nothing for a source whose licence is not known (`licenceName` ""). */
function licenceClause(licenceName: string): string {
  return licenceName === '' ? '' : `, ${licenceName}`;
}
