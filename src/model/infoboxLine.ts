import type { Frontmatter } from '../schemas/frontmatter.ts';
import { spacedDash } from './spacedDash.ts';

/**
 * The first line of a field of the article's first infobox, as the infobox shows it ("10 February –
 * 20 April 2012"); further lines are notes such as "(1 day)". Undefined when absent or empty.
 */
export function infoboxLine(frontmatter: Frontmatter, field: string): string | undefined {
  const line = frontmatter.infoboxes?.[0]?.[field]?.text.split('\n')[0]?.trim();
  return line ? spacedDash(line) : undefined;
}
