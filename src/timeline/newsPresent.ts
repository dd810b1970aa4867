/**
 * A news post that recalls an earlier year comes back to its present with a sentence telling how
 * things stand now ("Joint operations have been frozen, and attacks on the army have grown
 * deadlier"): a day told after it inside the recalled month is the news's (GUIDE.md).
 */
import { NUMBERS } from './relativeVocabulary.ts';

/**
 * A verb in the present perfect, a few words in, past an opening phrase: "have been frozen", "has grown", "have not yet resumed",
 * "Since the defeat of the Islamic State at Baghuz in March 2019, the fields east of the Euphrates have paid for …".
 */
const PRESENT_PERFECT =
  /^(?:[^,;:]{0,100},\s*)?[^;:]{0,80}?\b(?:has|have)\s+(?:(?:not|also|already|now|since|yet|always|never|long|repeatedly)\s+){0,2}(?:been\s+)?(?:[a-z]{2,}(?:ed|en|wn|ne|ught)|paid|made|kept|held|led|lost|won|built|left|sold|spent|fought|sent|stood|found|become)\b/i;

/** How many years before the post a recalled year must lie to be background, not the news of its days ("in July 2006" in 2008). */
const RECALL_YEARS = 2;

/**
 * "For more than a decade after that, the group controlled the crossings": a span counted from the year just told (group 1 its
 * years) that carries the story on to the post's present.
 */
const SPAN_AFTER =
  /^For\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?(a\s+decade|two\s+decades|decades|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years)\s+(?:after\s+(?:that|this|it)|afterwards)\b/i;
const SPAN_YEARS: Readonly<Record<string, number>> = { 'a decade': 10, 'two decades': 20, decades: 20 };
const spanYears = (span: string): number => {
  const count = span.split(' ')[0] ?? '';
  return SPAN_YEARS[span] ?? NUMBERS[count] ?? Number.parseInt(count, 10);
};

/**
 * Whether a sentence tells how things stand now, in the present perfect, or carries the story from `year` on to within a couple
 * of years of the post's.
 */
export function tellsPresentState(sentence: string, year: number, published: { year: number }): boolean {
  const span = SPAN_AFTER.exec(sentence)?.[1]?.replace(/\s+/g, ' ').toLowerCase();
  const years = span === undefined ? undefined : spanYears(span);
  return PRESENT_PERFECT.test(sentence) || PRESENT_MAIN_CLAUSE.test(sentence) || (years !== undefined && year + years >= published.year - RECALL_YEARS);
}

/**
 * A main clause in the simple present, its verb within the first few words: "The upper gorge is the only part still held by Georgia",
 * "Their broken spans still lie beside the road", "Only a few dozen residents remain, and …", the news framed now ("The deaths come
 * at a tense time for the country", "The closure comes a week after …"), or any verb after "now" but one in
 * the past ("The group's fighters now move freely in the forests around Kwala").
 */
const PRESENT_MAIN_CLAUSE =
  /^(?:[\wÀ-ɏ'’-]+\s+){1,6}?(?:(?:still\s+)?(?:is|are|lie|lies|stand|stands|remain|remains|come|comes|(?:reject|den(?:y|ie)|insist|dispute|argue)s?)|now\s+(?!(?:[a-z]+ed|had|was|were|did|took|held|made|came|went|left|fell|began|won|lost)\b)[a-z]{3,})[\s,;]/;
/**
 * A relative clause in the simple present set between commas: "Turkey, which regards the YPG as a branch of the PKK, drove the SDF
 * out of Afrin in 2018" tells how things stand now, as a present main clause does (GUIDE.md). Only "is", "are" or a verb in -s
 * right after the pronoun; an adverb in -s ("which perhaps helped") is no verb.
 */
const PRESENT_RELATIVE_CLAUSE =
  /,\s*(?:which|who)\s+(?:still\s+|now\s+|also\s+)?(?:is|are|(?!(?:perhaps|always|sometimes|nevertheless|afterwards|towards|across|thus)\b)[a-z]{3,}s)\b[^,;.]*,/;

/**
 * Whether a sentence recalls a year well before the post from the post's present ("…, and since then it has been patrolled by
 * peacekeepers"; "The gorge is the only part still held by Georgia, since Georgian police took it in July 2006"; "Turkey, which
 * regards the YPG as a branch of the PKK, drove the SDF out … in October 2019"): a date
 * without a year told after it is the news's, in the publication's year (GUIDE.md), not the recalled one's.
 */
export function recallsFromPresent(sentence: string, year: number, published: { year: number }): boolean {
  return (
    year <= published.year - RECALL_YEARS && (PRESENT_PERFECT.test(sentence) || PRESENT_MAIN_CLAUSE.test(sentence) || PRESENT_RELATIVE_CLAUSE.test(sentence))
  );
}
