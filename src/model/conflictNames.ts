import type { Frontmatter } from '../schemas/frontmatter.ts';

/**
 * The texts of an article that can say which conflict it belongs to, most telling first: the
 * infobox's `partof` (and the pages it links), a unit's `battles`, the infobox `conflict`, then
 * the short description, title, description and place. The description is the article's own (`ArticleData.summary`,
 * see `ownDescription`): a post's left-over description about Chad does not put it in the Sahel.
 */
export function conflictSources(frontmatter: Frontmatter, description: string | undefined): string[] {
  const infobox = frontmatter.infoboxes?.[0];
  const field = (name: string) => {
    const value = infobox?.[name];
    return value ? [value.text, ...(value.links ?? []).map((link) => link.page ?? '')] : [];
  };
  return [
    ...field('partof'),
    ...field('battles'),
    ...field('conflict'),
    frontmatter.shortDescription ?? '',
    frontmatter.title,
    description ?? '',
    ...field('place'),
    ...field('location'),
  ].filter((text) => text.trim() !== '' && text !== 'undefined');
}

/** "Syrian Civil War", "Russo-Ukrainian War", "Syrian civil war", "War in Donbas". */
const WAR_NAME = /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+)+(?:civil\s+)?[Ww]ar)\b|\b(War\s+in\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*)/gu;
/** Capitalised words that start a sentence rather than a name ("During the…", "In Syrian…"). */
const LEADING_WORDS = /^(?:(?:The|In|During|Of|A|An|And|Part|Escalation|Battle|Siege)\s+)+/;

/** The names of wars a text mentions, in order ("the Daraa insurgency of the Syrian civil war" → ["Syrian civil war"]). */
export function warNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(WAR_NAME)) {
    const name = (match[1] ?? match[2] ?? '').replace(LEADING_WORDS, '').replace(/\s+/g, ' ').trim();
    if (/\s/.test(name)) names.push(name);
  }
  return names;
}

/** The key two spellings of one name share ("Syrian Civil War" and "Syrian civil war"). */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}
