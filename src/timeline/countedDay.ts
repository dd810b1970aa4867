/**
 * "On 6 June, two days before the attack at Mala Tokmachka, the dam was destroyed": a day without a year set beside a count
 * from a happening the text has dated ("… began on 8 June 2023, when a column was stopped near Mala Tokmachka") is the day
 * that count gives, and so in its year, whatever year a paragraph recalled in between (guide: the sentence says which 6 June).
 */
import { addDays, type AbsoluteMention, type DateMention } from './dateMention.ts';
import { recallHappening, type DatedSentence } from './namedHappening.ts';
import { COUNT, NUMBERS } from './relativeVocabulary.ts';

/** Right after the day: ", two days before the attack at Mala Tokmachka," up to the aside's end (a few words, bounded). */
const COUNT_ASIDE = new RegExp(
  `^,\\s*${COUNT}\\s+(days?|weeks?)\\s+(before|after)\\s+the\\s+((?:[A-Za-z][\\wÀ-ɏ'-]*\\s+){0,3}?[A-Za-z][\\wÀ-ɏ'-]*)\\s*[,;.)]`,
  'i',
);
/** How much of the text after the day the aside is looked for in. */
const ASIDE_REACH = 80;

/** Marks a day without a year that a count from a named happening follows as an aside. */
export function markCountedDays(mentions: DateMention[], flat: string): DateMention[] {
  return mentions.map((mention) => {
    if (mention.kind !== 'absolute' || mention.year !== undefined || mention.day === undefined || mention.month === undefined) return mention;
    const end = mention.index + mention.text.length;
    const aside = COUNT_ASIDE.exec(flat.slice(end, end + ASIDE_REACH));
    if (aside === null) return mention;
    const count = NUMBERS[(aside[1] ?? '').toLowerCase()] ?? Number(aside[1]);
    const days = count * ((aside[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1) * ((aside[3] ?? '').toLowerCase() === 'before' ? -1 : 1);
    return { ...mention, countedFrom: { words: aside[4] ?? '', days } };
  });
}

/** The year the count gives a marked day, when the happening it names was dated to the day and the count lands on that day. */
export function countedYear(mention: AbsoluteMention, dated: readonly DatedSentence[]): number | undefined {
  if (mention.countedFrom === undefined) return undefined;
  const from = recallHappening(mention.countedFrom.words, dated);
  if (from === undefined) return undefined;
  const landed = addDays(from.year, from.month, from.day, mention.countedFrom.days);
  return landed.month === mention.month && landed.day === mention.day ? landed.year : undefined;
}
