/**
 * "On the same day as the signing ceremony, a missile strike hit a convoy": the day of a happening
 * the text told before and now names by a noun. It is found by the word's stem among the sentences
 * already dated ("signing" → "On 30 September 2022, Putin signed treaties …"), latest first, so
 * the reader's nearest referent wins; none found, the phrase dates nothing.
 */
import { addDays, MONTH_NAME, monthNumber } from './dateMention.ts';
import { PICTURE_NOUN } from './pictureNouns.ts';
import { COUNT, daysCounted } from './relativeVocabulary.ts';
import type { Precision } from './types.ts';

/** A sentence already dated: its words and its date. */
export interface DatedSentence {
  text: string;
  date: string;
  precision: Precision;
}

/** How far back a referent is looked for: a reader's "the same day as" points at what was just told. */
const RECALL_SENTENCES = 12;
const STEM_SUFFIX = /(?:ings?|ions?|ments?|ed|es|s)$/;
const MIN_STEM = 4;

/**
 * The other words that tell a happening its noun names: an irregular past ("The strike came three weeks after …" recalls "a drone
 * struck a wedding"), and for a capture "took" or "had taken" the place ("Two days after the capture" recalls "IS fighters had taken
 * the base"), or troops entering it ("Within a week of the town's capture" recalls "Armenian troops entered Lachin on 18 May"); an arrest,
 * someone detained ("Within hours of the arrest" recalls "The security service detained Samvel Karapetyan"); a liberation, troops
 * entering or walking into the place ("A week after the liberation" recalls "the first Ukrainian soldiers walk into the village").
 */
const TOLD_ALSO_BY: Readonly<Record<string, string>> = {
  // "two missiles hit the assembly shop" tells a strike; "denied that any civilians had been hit" does not.
  strike: '(?:struck|(?<!\\b(?:been|was|were|be)\\s)hit\\b)',
  fall: 'fell',
  // "Two days after the truce" recalls "the two sides agreed to a ceasefire that took effect … on 22 April".
  truce: 'ceasefire',
  // "The massacre came six days after …" after "gunmen killed at least 160 villagers": a massacre is told by its killing.
  massacre: '(?:killed|killing)',
  fight: 'fought',
  capture: '(?:(?:took|taken)\\s+(?:the|control)\\b|entered)',
  arrest: 'detain',
  liberat: '(?:entered|(?:walk|walks|walked|drive|drives|drove|roll|rolls|rolled)\\s+into)',
  // "Two days after the quake" after "hit by the earthquake of 6 February 2023": the short word names the same happening.
  quake: '(?:earthquake)',
  // "Two weeks after the handover" recalls "Azerbaijani border guards took control of the four villages on 24 May": one side hands
  // over what the other takes.
  handover: '(?:hand(?:ed|s)?\\s+over|took\\s+(?:over|control))',
};

/** The stems of the naming words that can find a referent ("signing ceremony" → ["sign", "ceremony"]), as patterns. */
function stems(words: string): string[] {
  return words
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(STEM_SUFFIX, ''))
    .filter((stem) => stem.length >= MIN_STEM)
    .map((stem) => (TOLD_ALSO_BY[stem] === undefined ? stem : `(?:${stem}|${TOLD_ALSO_BY[stem]})`));
}

/** A day the text stated. */
export interface StatedDay {
  year: number;
  month: number;
  day: number;
  precision: 'day';
}

/**
 * "won a runoff in February 2021 and was sworn in on 2 April that year": the day a happening's own words give it, a few
 * words on, in a sentence dated by another of its clauses; its year is the one it writes, else the sentence's.
 */
const OWN_DAY = new RegExp(
  `^[\\wÀ-ɏ'’-]*(?:\\s+[\\wÀ-ɏ'’-]+){0,3}?\\s+on\\s+(?:(\\d{1,2})\\s+(${MONTH_NAME})|(${MONTH_NAME})\\s+(\\d{1,2})\\b)(?:,?\\s+(\\d{4})\\b)?`,
);

function ownDay(sentence: DatedSentence, pattern: RegExp): StatedDay | undefined {
  const found = pattern.exec(sentence.text);
  const own = found === null ? null : OWN_DAY.exec(sentence.text.slice(found.index));
  if (own === null) return undefined;
  const month = monthNumber(own[2] ?? own[3] ?? '');
  const day = Number(own[1] ?? own[4]);
  const year = Number(own[5] ?? sentence.date.slice(0, 4));
  return month === undefined || day < 1 || day > 31 ? undefined : { year, month, day, precision: 'day' };
}

/**
 * "On Sunday, the prosecutor said that about 60 people had been killed": what a sentence reports in the pluperfect happened before
 * the day of the saying, so that sentence does not tell the happening on its own day.
 */
const REPORTED_EARLIER = /\b(?:said|reported|announced|confirmed|stated|acknowledged)\s+(?:that\s+)?[^.;]{0,80}\bhad\s+(?:been\s+)?$/i;

/** Whether `pattern` finds the happening told in the sentence on the sentence's own day, not reported as earlier. */
function tellsOnItsDay(text: string, pattern: RegExp): boolean {
  const found = pattern.exec(text);
  return found !== null && !REPORTED_EARLIER.test(text.slice(0, found.index));
}

/**
 * The day of the latest of the last few dated sentences whose words one of `patterns` finds; with `ownDays`, a sentence
 * dated only to its month or year still gives the day it states for the happening found ("sworn in on 2 April").
 */
function latestTelling(patterns: readonly RegExp[], dated: readonly DatedSentence[], ownDays = false): StatedDay | undefined {
  for (let index = dated.length - 1; index >= Math.max(0, dated.length - RECALL_SENTENCES); index -= 1) {
    const sentence = dated[index];
    if (sentence === undefined) continue;
    if (sentence.precision !== 'day') {
      const day = ownDays ? patterns.map((pattern) => ownDay(sentence, pattern)).find((found) => found !== undefined) : undefined;
      if (day !== undefined) return day;
      continue;
    }
    const pattern = patterns.find((candidate) => tellsOnItsDay(sentence.text, candidate));
    if (pattern === undefined) continue;
    const [year = 0, month = 1, day = 1] = sentence.date.split('-').map(Number);
    return { ...addDays(year, month, day, countedBackTo(sentence.text, pattern)), precision: 'day' };
  }
  return undefined;
}

/** "On Saturday, a day after the ceremony, …": the count right before the happening's noun, from it to the sentence's day. */
const COUNT_FROM_HAPPENING = new RegExp(`\\b${COUNT}\\s+(days?|weeks?)\\s+(after|before)\\s+the\\s+(?:[\\wÀ-ɏ'’-]+\\s+)?$`, 'i');

/**
 * A sentence that names the happening only to count its own day from it ("On Saturday, a day after the ceremony, protesters
 * gathered") tells that the happening's day lies so many days off its own: the days to add to the sentence's day to reach it.
 */
function countedBackTo(text: string, pattern: RegExp): number {
  const found = pattern.exec(text);
  const count = found === null ? null : COUNT_FROM_HAPPENING.exec(text.slice(Math.max(0, found.index - 40), found.index));
  if (count === null) return 0;
  const days = daysCounted(count[1] ?? '', count[2] ?? '');
  return (count[3] ?? '').toLowerCase() === 'after' ? -days : days;
}

/** A sentence telling fighting: an attack, an assault, clashes, a battle, a raid, shelling or bombing. */
const FIGHTING_TOLD = /\b(?:attack|assault|fight|clash|storm|battl|offensive|raid|shell|bomb)/i;

/**
 * Whether the sentence dated last tells fighting, so that "after several hours of fighting" counts hours of it; after a
 * statement about an earlier attack ("The ministry announced the toll yesterday"), the fighting's day is not the one just told.
 */
export function justToldFighting(dated: readonly DatedSentence[]): boolean {
  return lastToldMatches(dated, FIGHTING_TOLD);
}

/** A beginning told: "The ground offensive began on 6 May", "Azerbaijan launched its attack on 27 September". */
const BEGINNING_TOLD = /\b(?:began|begun|started|launched)\b/i;

/**
 * Whether the sentence dated last tells a beginning, whose day "On the first day" after it names, though that day lies before the
 * first day a place article's lead stated ("captured it on 7 May 2019, in the first days of the offensive").
 */
export function justToldBeginning(dated: readonly DatedSentence[]): boolean {
  return lastToldMatches(dated, BEGINNING_TOLD);
}

/** Whether the sentence dated last has words the pattern finds. */
function lastToldMatches(dated: readonly DatedSentence[], pattern: RegExp): boolean {
  const last = dated[dated.length - 1];
  return last !== undefined && pattern.test(last.text);
}

/** The day of the latest of the last few sentences dated to a day ("On Friday" after "Mid-March …" counts from it, guide). */
export function recallLastDay(dated: readonly DatedSentence[]): StatedDay | undefined {
  return latestTelling([/(?:)/], dated);
}

/** "the first assault begins", not the report's own material ("In the first clip we geolocated") nor a span ("the first week"). */
const FIRST_OF_SERIES = new RegExp(`\\bthe first (?!(?:${PICTURE_NOUN}|time|days?|weeks?|months?|years?|hours?|nights?)\\b)[a-z-]+`, 'i');

/** The day of the latest of the last few dated sentences telling the first of a series ("a week after the first"). */
export function recallFirstOfSeries(dated: readonly DatedSentence[]): StatedDay | undefined {
  return latestTelling([FIRST_OF_SERIES], dated);
}

/**
 * The day of the latest dated sentence that tells the happening `words` name (with `allWords`, every one of them), if one of
 * the last few does. A sentence
 * naming it with "the" ("Putin spoke about the crash on Thursday") points back to one told before it, which is looked
 * for first ("a jet crashed on Wednesday evening"); only when none tells it otherwise does such a mention date it.
 */
export function recallHappening(words: string, dated: readonly DatedSentence[], allWords = false): StatedDay | undefined {
  const found = stems(words);
  if (found.length === 0) return undefined;
  // A verb and its object ("reached the highway"): the sentence that told it holds every one of their stems.
  if (allWords) return latestTelling([new RegExp(found.map((stem) => `(?=[\\s\\S]*\\b${stem})`).join(''), 'i')], dated) ?? beginningTold(words, dated);
  return (
    recallTelling(words, dated) ??
    latestTelling(
      found.map((stem) => new RegExp(`\\b${stem}`, 'i')),
      dated,
      true,
    )
  );
}

/** "attack began": a happening's beginning, whose noun alone (group 1) names the happening. */
const BEGINNING_CLAUSE = /^([a-z]{4,}) (?:began|started|broke out)$/i;

/**
 * "Two days after the attack began, JNIM claimed it" after "several hundred JNIM fighters … attacked the army post" on 5 September:
 * a happening's beginning is the day a sentence told it, told without "began" as well, so a beginning no sentence told in its own
 * words counts from the latest sentence telling the happening itself.
 */
function beginningTold(words: string, dated: readonly DatedSentence[]): StatedDay | undefined {
  const noun = BEGINNING_CLAUSE.exec(words)?.[1];
  return noun === undefined ? undefined : recallTelling(noun, dated);
}

/**
 * The day of the latest dated sentence telling the happening `words` name ("gunmen attacked the camp"), not only naming it ("the
 * attack"), nor only as what something came after ("Smoke rises from a farm after an artillery strike"). One happening named in
 * the singular is not told by a plural ("the first attacks on police in the republic"), which tells many.
 */
export function recallTelling(words: string, dated: readonly DatedSentence[]): StatedDay | undefined {
  const telling = words
    .split(/\s+/)
    .flatMap((word) =>
      stems(word).map(
        (stem) => new RegExp(`\\b(?=${stem})(?<!\\bthe\\s)(?<!\\bafter\\s+an?\\s+(?:[a-z-]+\\s+)?)${stem}${/s$/i.test(word) ? '' : '(?!s\\b)'}`, 'i'),
      ),
    );
  return telling.length === 0 ? undefined : latestTelling(telling, dated);
}
