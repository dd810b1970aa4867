import type { ArticleLocationInput } from '../geo/locateArticle.ts';
import type { Frontmatter } from '../schemas/frontmatter.ts';
import { ownDescription } from './ownDescription.ts';

/**
 * The infobox fields that say where an article is, as text, for `locateArticle`, with the description that is the
 * article's own (see `ownDescription`): a post's left-over description about Chad says nothing of where it happened.
 */
export function articleLocationInput(frontmatter: Frontmatter, sourceFile: string, body: string): ArticleLocationInput {
  const infobox = frontmatter.infoboxes?.[0];
  const field = (name: string): string | undefined => infobox?.[name]?.text;
  const placeField = infobox?.['place'] ?? infobox?.['location'];
  const pages = (placeField?.links ?? []).flatMap((link) => (link.page === undefined || link.page === 'undefined' ? [] : [link.page]));
  const subdivisions = ['subdivision_name1', 'subdivision_name2', 'subdivision_name3'].flatMap((name) => field(name) ?? []);
  return {
    fileName: sourceFile,
    title: frontmatter.title,
    coordinates: field('coordinates'),
    place: placeField?.text,
    placeLinks: pages,
    mapType: field('map_type') ?? field('pushpin_map'),
    country: field('subdivision_name') ?? field('country'),
    subdivisions,
    description: [frontmatter.shortDescription, ownDescription(frontmatter, body)].filter((text) => text !== undefined).join(' '),
  };
}

/**
 * Whether an infobox names a place (`place`, `location`, `coordinates` or `subdivision_name`):
 * the articles that ought to get a map. A unit's `country` is its allegiance, not a place.
 */
export function namesAPlace(frontmatter: Frontmatter): boolean {
  const infobox = frontmatter.infoboxes?.[0];
  return ['place', 'location', 'coordinates', 'subdivision_name'].some((name) => (infobox?.[name]?.text ?? '').trim() !== '');
}
