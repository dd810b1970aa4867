import type { Frontmatter } from '../schemas/frontmatter.ts';
import type { InfoboxModel } from './types.ts';

/**
 * What an article is, for where the home page puts it: a battle or other armed event, a news post,
 * or an article about something else (a place, a unit, a bridge).
 */
export type ArticleKind = 'event' | 'news' | 'other';

/** Words a title or short description uses for an armed event, when no infobox says so. */
const EVENT_WORDS =
  /\b(battles?|offensives?|sieges?|invasions?|operations?|campaigns?|wars?|clashes|insurgency|massacres?|attacks?|raids?|assaults?|uprisings?|fighting|shelling|combat)\b/i;

/** Fields that, with a `date`, make an attack's or an operation's box: a unit has `dates`, a town or a bridge neither. */
const EVENT_FIELDS = ['partof', 'target', 'perpetrator', 'perpetrators'];

/**
 * Wikipedia's infoboxes of a civilian attack, a massacre or an operation have no sides, so they are
 * no conflict box; but a single `date` beside what it was part of or whom it struck is an event.
 */
function eventInfobox(frontmatter: Frontmatter): boolean {
  const fields = frontmatter.infoboxes?.[0];
  const has = (name: string) => Boolean(fields?.[name]?.text.trim());
  return has('date') && EVENT_FIELDS.some(has);
}

/**
 * A news post says so (`category: News`), or has a publication date and no infobox and does not
 * come from Wikipedia (the dataset stamps Wikipedia articles with the date they were copied).
 * A conflict infobox makes an event; another infobox (settlement, unit, bridge) something else;
 * with no infobox, the title and short description decide.
 */
export function articleKind(frontmatter: Frontmatter, infobox: InfoboxModel | undefined): ArticleKind {
  if (/^\s*news\s*$/i.test(frontmatter.category ?? '')) return 'news';
  const hasInfobox = infobox !== undefined && (infobox.rows.length > 0 || infobox.groups.length > 0);
  if (!hasInfobox && frontmatter.pubDate && !/^wikipedia$/i.test(frontmatter.author?.trim() ?? '')) return 'news';
  if (infobox?.kind === 'conflict' || eventInfobox(frontmatter)) return 'event';
  if (hasInfobox) return 'other';
  return EVENT_WORDS.test(`${frontmatter.title} ${frontmatter.shortDescription ?? ''}`) ? 'event' : 'other';
}
