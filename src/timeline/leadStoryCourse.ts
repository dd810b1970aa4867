/**
 * Lead sentences that tell the story's course or where it ended rather than a day of it ("throughout the siege", "within two
 * weeks", "for most of the year", "By the end of the war", a state "until" the story's end): summaries, no events (guide). Split
 * from `leadSummary.ts`, which reads the lead's defining sentence and its periods.
 */
import type { DateMention } from './dateMention.ts';

/** "throughout the siege", "for the whole of the war": the story's own span, named by its kind. */
const THROUGHOUT_STORY =
  /\b(?:throughout|for\s+the\s+whole\s+of|for\s+the\s+duration\s+of)\s+the\s+(?:siege|battle|war|occupation|blockade|offensive|campaign|fighting)\b/i;

/**
 * Whether a lead sentence tells what held throughout the story ("Tens of thousands of civilians lived inside the enclave throughout
 * the siege, depending … from 2016, on airdrops"): it sums up the whole span (guide), and a phrase dating a part of it tells no
 * happening. A day in it would be a happening of its own, so a sentence naming one is left to the other rules.
 */
export function holdsThroughoutStory(sentence: string, inLead: boolean, mentions: readonly DateMention[]): boolean {
  if (!inLead || !THROUGHOUT_STORY.test(sentence)) return false;
  return mentions.every((mention) => mention.kind === 'absolute' && mention.day === undefined);
}

/**
 * "The operation … took Russian forces by surprise, and within two weeks Ukrainian troops controlled Sudzha": a lead telling the
 * story's course by a count of weeks, with no date of its own, sums it up (guide: "retook Gao, Timbuktu and Kidal within a month"),
 * the count naming no one day. `inLead`: above the article's first heading, in an article that has one (a report with no headings
 * tells its story day by day from end to end), and no news post (the text above its first heading is its news).
 */
export function countsStoryCourse(inLead: boolean, mentions: readonly DateMention[], sentence = ''): boolean {
  const [only] = mentions;
  // "It lasted for most of 2025 and was dominated by drone warfare": the length of the story by its year, as by "the year".
  if (inLead && mentions.length === 1 && only?.kind === 'absolute' && only.month === undefined && MOST_OF.test(sentence.slice(0, only.index))) return true;
  if (!inLead || mentions.length !== 1 || only?.kind !== 'relative') return false;
  // "… and the fighting for its few streets lasted, with long pauses, for most of the year": the story's course by its length too.
  return (only.unit === 'day' && (only.endAmount ?? 0) >= 7) || (only.unit === 'year' && /\b(?:most|much) of the year\b/i.test(only.text));
}

/** "lasted for most of", "for much of": a stretch over the date, no day of it. */
const MOST_OF = /\b(?:lasted\s+)?(?:for\s+)?(?:most|much)\s+of\s+$/i;

/** "By the end of the war in 1994, …": where the story stood when it ended, named by its kind. */
const BY_STORY_END = /^By\s+the\s+end\s+of\s+the\s+(?:siege|battle|war|occupation|blockade|offensive|campaign|fighting)\b/i;

/**
 * Whether a lead sentence tells where things stood at the story's end ("By the end of the war in 1994, the Armenians were in full
 * control of most of the enclave"): it sums up the story, as the lead's "By the end of the battle…" does (guide), whatever its year.
 */
export function standsAtStoryEnd(sentence: string, inLead: boolean): boolean {
  return inLead && BY_STORY_END.test(sentence);
}

/**
 * Whether the story ends in the month, or in the first week of the next ("until it was taken … at the end of June" of a battle the
 * infobox ends on 1 July): the text and the infobox may date the same end a few days apart.
 */
function endsInMonth(storyEnd: string, month: string): boolean {
  const [year = 0, number = 0, day = 99] = storyEnd.split('-').map(Number);
  const before = number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
  return storyEnd.startsWith(month) || (day <= 7 && month === before);
}

/** "… was encircled and shelled until the Russian withdrawal from the region in early April 2022": a state that lasted up to the date. */
const LASTED_UP_TO = /\b(?:until|till)\b[^,;.]{0,80}$/i;

/**
 * Whether a lead sentence's only date is the story's end, reached by a state that lasted until it ("…, and for the following five
 * weeks Sumy was encircled until the withdrawal in early April 2022"): it sums up the whole story (guide), as "By the end of the
 * battle…" does, and tells no happening of that month. In a report with no headings, all of it lead, once the text has told
 * a day of that month (`dayToldBefore`: "By Feb. 12, it lists 58 tanks. … Russian attacks go on until the end of February"),
 * the state is the next step of the story told so far, not its summary.
 */
export function runsToStoryEnd(
  sentence: string,
  inLead: boolean,
  onlyDate: boolean,
  dateIndex: number,
  month: string | undefined,
  storyEnd: string | undefined,
  dayToldBefore: string | undefined,
): boolean {
  if (!inLead || !onlyDate || month === undefined || storyEnd === undefined || !endsInMonth(storyEnd, month)) return false;
  if (dayToldBefore?.startsWith(month) === true) return false;
  return LASTED_UP_TO.test(sentence.slice(Math.max(0, dateIndex - 100), dateIndex));
}

/**
 * ", and has since served on the Belarusian border", ", and has since held the right bank", ", and it has since fought at Vuhledar",
 * ", and since 2022 it has fought again", ", and since the Russian invasion it has fought": a subject's service told up to the present
 * after its dated clauses.
 */
const SERVES_SINCE =
  /\band\s+(?:has\s+since|(?:it|they)\s+(?:has|have)\s+since|since\s+(?:then|\d{4}|the\s+(?:[\w-]+\s+){0,3}?(?:invasion|war)),?\s+(?:it|they)\s+(?:has|have))\s+(?:fought|served|held|defended|been\s+(?:deployed|stationed|fighting)|taken\s+part)\b/i;

/**
 * "The brigade defended the western approaches to Kyiv in the first weeks of the invasion, fought at Sievierodonetsk in the spring
 * of 2022, and has since served on the Belarusian border": a lead telling its subject's service in clauses that run to the present
 * sums up its periods (guide: "naming two or more periods the subject's story opened"); the sections tell the days. A day in it
 * would be a happening of its own, so a sentence naming one is left to the other rules. `inLead` as in `countsStoryCourse`.
 */
export function servesUpToNow(sentence: string, inLead: boolean, mentions: readonly DateMention[]): boolean {
  if (!inLead || mentions.length === 0 || !SERVES_SINCE.test(sentence)) return false;
  return mentions.every((mention) => mention.kind !== 'absolute' || mention.day === undefined);
}
