/**
 * What describes a sentence's subject, or a person it names, with a date of its own that yields to the main clause's: a
 * restrictive clause, a participle before the subject's verb, a person's post between commas. `backgroundDates.ts` asks.
 */
import { MONTH_NAME } from './dateMention.ts';
import type { Span } from './quotedSpeech.ts';

/**
 * A restrictive clause with a subject of its own describing the sentence's subject, its date right before the subject's own verb
 * in the simple past: "The committee that the interim president, Ahmed al-Sharaa, set up to investigate the killings in March
 * presented its report on Tuesday", "The 30-day pause in strikes … that Russia and Ukraine accepted last month ran out on Thursday"
 * (group 1, from "that"; its subject a determiner's noun or a name), and one whose subject is "that" itself, told in the perfect
 * ("The special delegation that has run the town since the councils were dissolved in 2022 announced yesterday …"). Its date
 * yields to the main clause's, as a participle's does. Bounded.
 */
const SUBJECT_CLAUSE_WITH_SUBJECT = new RegExp(
  `^\\s*The\\s+[\\wÀ-ɏ-]+(?:\\s+[\\wÀ-ɏ-]+){0,7}?\\s+((?:that\\s+(?:(?:the|its|their|his|her|both|all|most|many|some|these|those)\\s|[A-Z])|(?:that|which|who)\\s+(?:has|have|had)\\s+(?:been\\s+)?[a-z]+\\s)[^;.]{1,160}?\\b(?:${MONTH_NAME}|(?:1[89]|20)\\d\\d|(?:last|this)\\s+(?:week|month|year)))(?=\\s+(?:[a-z]{3,}ed|ran|fell|broke|came|went|began|took|left|lost|won|held)\\b)`,
);

/**
 * A participle phrase with its date describing the sentence's subject, right before the subject's own verb: "The Ivorian
 * soldiers arrested in July were charged … in August", "A criminal case opened by the military prosecutor's office in the spring
 * of 1995 was closed the following year", its agent between (group 1, from the participle), an irregular verb's too ("The ridge and
 * the villages taken in February 2020 were recaptured … on 27 November 2024"). Like a restrictive clause's, its date
 * yields to the main clause's. Not past "and", which joins a second verb of a subject that acted ("The rebels attacked on
 * 3 May and were repelled"), nor up to an infinitive's "have" ("The group claimed on 11 January to have taken the town"), nor
 * past "that", which opens what a verb of saying reports ("The Kremlin confirmed in April that the withdrawal had begun").
 */
const SUBJECT_PARTICIPLE =
  /^(?:The|A|An|Its|Their|His|Her)\s+(?:[\wÀ-ɏ'’-]+\s+){0,4}?((?:[a-z]{3,}ed|taken|retaken|built|rebuilt|held|lost|won|made|given|sent|brought|laid|dug|begun|fought|shot|struck|driven|drawn|chosen)\s+(?:by\s+(?:[\wÀ-ɏ'’-]+\s+){1,5}?)?(?:in|on|at|during|since)\s(?:(?!\b(?:and|that)\b)[^,;])*?)(?<!\bto)(?=\s(?:was|were|had|have|has)\s)/;
/**
 * "Its president, Aslan Maskhadov, elected in January 1997, had little control over the field commanders": a participle set
 * between commas after a person's name, giving the post they were elected or appointed to, describes the person, as a "who"
 * clause giving a person's posts does (guide): background (group 1, the participle to the closing comma).
 */
const PERSON_CAREER_APPOSITIVE = /,\s+(?:[A-Z][\wÀ-ɏ'’-]+\s+){0,3}[A-Z][\wÀ-ɏ'’-]+,\s+((?:re-)?(?:elected|appointed|named|sworn\s+in|installed)\s[^,;]{1,60}),/;

/**
 * The same participle describing people who then acted, the subject's own verb in the simple past right after its year, after an
 * opening phrase too: "After the fall of the Assad government in December 2024, some of the families evacuated in 2018 returned to
 * Arbeen" is of the return, the opening phrase's date, as "The families evacuated in 2018 returned in December 2024" is of
 * December (group 1, from the participle). Like a "who" clause on a person's past, it describes them.
 */
const SUBJECT_PARTICIPLE_THEN_ACTED =
  /^(?:(?:After|Following|Since|With)\s[^,;]{1,100},\s+)?(?:[Tt]he|[Ss]ome\s+of\s+the|[Mm]any\s+of\s+the|[Mm]ost\s+of\s+the|[Tt]housands\s+of)\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?([a-z]{3,}ed\s+(?:from\s+[\wÀ-ɏ'’-]+\s+)?(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:the\s+)?(?:(?:spring|summer|autumn|winter)\s+of\s+)?\d{4})(?=\s+(?:returned|came\s+back|went\s+back|moved\s+back|began|started|were\s+allowed|settled)\b)/;

/**
 * A contact clause, a restrictive clause with no "that", describing the subject before its own verb ("The settlement the families
 * left this week was built in 2008") or a thing after a preposition ("in the church the Ukrainian soldier ran past on Feb. 26",
 * "gone back to the districts it regained in 2020"): its own subject right after the noun, then its verb in the past. Its date is
 * the thing's past, as a "that" clause's is (group 1, from that subject to the date). Only after a preposition for an object, so
 * "told the court the army attacked on 3 May", what was said, is no such clause. Bounded.
 */
const CONTACT_SUBJECT = `(?:it|they|he|she|we|(?:the|its|their)\\s+[\\wÀ-ɏ'’-]+(?:\\s+[\\wÀ-ɏ'’-]+)?)\\s+(?:had\\s+)?(?:[a-z]{3,}ed|ran|left|took|won|lost|built|held|fought|saw|crossed|dug|hit)\\b`;
const SUBJECT_CONTACT_CLAUSE = new RegExp(
  `^\\s*The\\s+[a-z-]+(?:\\s+[a-z-]+)?\\s+(${CONTACT_SUBJECT}[^,;.]{0,60}?\\b(?:${MONTH_NAME}|(?:1[89]|20)\\d\\d|(?:last|this)\\s+(?:week|month|year))(?:\\s+\\d{1,2}(?:,\\s+\\d{4})?)?)(?=\\s+(?:was|were|had|[a-z]{3,}ed)\\b)`,
);
const OBJECT_CONTACT_CLAUSE = new RegExp(
  `\\b(?:in|into|to|at|from|past|near|on|over|through)\\s+the\\s+[a-z-]+\\s+(${CONTACT_SUBJECT}(?:\\s+(?:past|through|across|into|over))?\\s+(?:on|in|during|at|last|this)\\s+(?:[^,;.]|\\.(?=\\s\\d)){1,25}?(?:\\d|${MONTH_NAME}|week|month|year)\\b)`,
  'g',
);

/** The spans of a sentence that describe its subject, a person or a thing it names (see the patterns above). */
export function subjectDescriptions(flat: string): Span[] {
  const spans: Span[] = [];
  // Each pattern's group 1 is the describing words; it ends where the whole match ends, or a comma before it.
  const add = (match: RegExpExecArray | null, closingComma = false): void => {
    if (match === null) return;
    const end = match.index + match[0].length - (closingComma ? 1 : 0);
    spans.push({ start: end - (match[1] ?? '').length, end });
  };
  add(SUBJECT_CLAUSE_WITH_SUBJECT.exec(flat));
  add(PERSON_CAREER_APPOSITIVE.exec(flat), true);
  add(SUBJECT_PARTICIPLE_THEN_ACTED.exec(flat));
  add(SUBJECT_PARTICIPLE.exec(flat));
  add(SUBJECT_CONTACT_CLAUSE.exec(flat));
  for (const match of flat.matchAll(OBJECT_CONTACT_CLAUSE)) add(match);
  return spans;
}
