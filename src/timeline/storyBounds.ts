/**
 * The first and last days of the story a phrase names ("the second day of the offensive", "by the
 * end of the operation"): a section's own when its heading names it, the article's when its title
 * does or it is one engagement, else the war the article is part of (`warStarts.ts`). Generic in the
 * day's type, so it needs nothing of the resolver that asks it.
 */

/** What bounds the stories a sentence may name. */
export interface StoryBounds<Day> {
  /** The story's first day (from the infobox date, else the first day the text names): what "the second day of the battle" counts from. */
  storyStart?: Day | undefined;
  /** The story's last day (from a closed infobox span), outside the lead: what "by the end of the operation" names. */
  storyEnd?: Day | undefined;
  /** The article's title: "the first week of the war" counts from the story's first day only when the title names a war ("Battle of Hadrut" is part of one). */
  storyTitle?: string | undefined;
  /** The first days of the wars the article is part of, by the noun it calls them: "the invasion" in a battle of the invasion. */
  warStarts?: ReadonlyMap<string, Day> | undefined;
  /** The heading above the sentence and the first date under it: "the third day of the offensive" under "September rebel offensive" counts from it. */
  sectionStart?: { heading: string; date: Day } | undefined;
}

/** "The fighting", "the clashes" are whatever the article tells, so they need no title to name them, as "the war" does. */
const ANY_STORY = /^(?:fighting|clashes)$/i;
/**
 * A heading that names such fighting, a war or an offensive ("War against ISIL", "2018 offensive and evacuation"): the fighting
 * told below it is that section's own. Not a siege or a battle: an article's "Siege" is a stage of the story it tells.
 */
const ANY_STORY_HEADING = /\b(?:fighting|clashes|war|offensive)\b/i;
/** Names of a single engagement, which its own article uses for it interchangeably. */
const ENGAGEMENT = /\b(?:battle|siege|offensive|assault|operation)\b/i;

/**
 * The first day of the story a phrase names: the section's own when its heading names that story,
 * else the article's when its title names it, else that of the war the article is part of.
 */
export function storyStart<Day>(story: string, context: StoryBounds<Day>): Day | undefined {
  const { sectionStart } = context;
  if (sectionStart !== undefined && namesStory(sectionStart.heading, story)) return sectionStart.date;
  // "the first day of the fighting" under "Clashes with the YPG" is the fighting that section tells, not the whole story's.
  if (sectionStart !== undefined && ANY_STORY.test(story) && ANY_STORY_HEADING.test(sectionStart.heading)) return sectionStart.date;
  if (context.storyTitle === undefined || ANY_STORY.test(story) || namesStory(context.storyTitle, story)) return context.storyStart;
  const war = context.warStarts?.get(story.toLowerCase());
  if (war !== undefined) return war;
  // "the first day of the assault" in the Battle of Raqqa is the battle's: one engagement's article calls it by any of their names.
  return ENGAGEMENT.test(story) && ENGAGEMENT.test(context.storyTitle) ? context.storyStart : undefined;
}

/** The last day of the story a phrase names, when that story is the article's own (its title names it, or it is one engagement). */
export function storyEnd<Day>(story: string, context: StoryBounds<Day>): Day | undefined {
  const title = context.storyTitle;
  const own = title === undefined || ANY_STORY.test(story) || namesStory(title, story) || (ENGAGEMENT.test(story) && ENGAGEMENT.test(title));
  return own ? context.storyEnd : undefined;
}

/**
 * Whether a heading or a title names the story a phrase names, by its noun or the noun's singular: "the day after the attacks"
 * in "2023 Tombouctou boat attack" is the attack the story is made of.
 */
function namesStory(text: string, story: string): boolean {
  return new RegExp(`\\b${story.replace(/(?<=[^s])s$/i, '')}`, 'i').test(text);
}
