/**
 * A day declared one of mourning or remembrance, named by its weekday ("That night, the mayor declares Tuesday a day of
 * mourning"): declaring days of mourning is an act of government dated by the days of mourning the text gives (guide), so the
 * weekday dates the sentence, and a time of day told before it ("That night") only says when the declaration was made.
 */
import type { DateMention } from './dateMention.ts';

/** The verb of declaring right before the weekday. */
export const DECLARING_BEFORE = String.raw`(?<=\b(?:declare[sd]?|proclaim(?:s|ed)?|announce[sd]?|decree[sd]?) )`;
/** What the weekday is declared right after it. */
export const DAY_OF_MOURNING_AFTER = String.raw`(?=,? (?:as )?an? (?:(?:national|official|citywide|city-wide) )?day of (?:mourning|remembrance)\b)`;

const DECLARED = new RegExp(`${DECLARING_BEFORE}\\S+${DAY_OF_MOURNING_AFTER}`, 'y');

const DECLARED_BEFORE_DATE = new RegExp(`${DECLARING_BEFORE}$`);
const MOURNING_AFTER_DATE = new RegExp(`^${DAY_OF_MOURNING_AFTER}`);

/**
 * The mentions without the relative phrases told before a weekday declared a day of mourning, which dates the sentence; a day
 * written out so ("He declared 16 July a day of mourning", in a post of 15 July) is marked `declaredDay`, a day of the story though
 * it may come after the post's.
 */
export function keepDeclaredDay(mentions: DateMention[], flat: string): DateMention[] {
  const marked = mentions.map((mention) =>
    mention.kind === 'absolute' &&
    DECLARED_BEFORE_DATE.test(flat.slice(0, mention.index)) &&
    MOURNING_AFTER_DATE.test(flat.slice(mention.index + mention.text.length))
      ? { ...mention, declaredDay: true as const }
      : mention,
  );
  return withoutRelativesBefore(marked, flat);
}

function withoutRelativesBefore(mentions: DateMention[], flat: string): DateMention[] {
  const declared = mentions.find((mention) => {
    if (mention.kind !== 'relative') return false;
    DECLARED.lastIndex = mention.index;
    return DECLARED.test(flat);
  });
  if (declared === undefined) return mentions;
  return mentions.filter((mention) => mention.kind !== 'relative' || mention.index >= declared.index);
}
