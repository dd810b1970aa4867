/**
 * Which clause of a sentence dates it when a relative phrase comes before its explicit dates: the first clause's phrase, when the
 * dates stand in a later main clause, a relative clause, a clause of time or a concession (guide).
 */
import { PLUPERFECT_TO_END } from './earlierPastClauses.ts';
import type { DateMention } from './dateMention.ts';
import { NEAR } from './storyDate.ts';

/**
 * Where one main clause ends and the next begins: ", and", ", but", ", while", a semicolon, a second verb of the same subject
 * told in the passive ("The team tried again over the next two days and was detained on 4 April": two happenings) or joined by
 * "but" ("had initialled the agreement the previous day but only signed it on 20 June 2015", "held the heights through the first
 * day of fighting but lost several positions … on 14 September") or by "and" taking back the first one's object ("declared a
 * regime that evening and lifted it at 9 a.m. on Monday", "drove into the village on the first day of the invasion and held it
 * until September 2022"); or where a "with" phrase hangs a detail on it ("intensified in the second half of the year, with raids
 * … in November").
 */
/** A verb in the simple past: a regular one, or an irregular one the dataset's stories tell with. */
const PAST_VERB = String.raw`(?:[a-z]{3,}ed|lost|took|fell|won|left|held|gave|made|came|went|broke|kept|sent|began)`;
export const CLAUSE_BREAK = new RegExp(
  String.raw`,\s*(?:and|but|while|with)\s|;|\sand\s+(?:was|were)\s+[a-z]+ed\b|\sand\s+(?:then\s+)?${PAST_VERB}\s+(?:it|them)\b|\sbut\s+(?:only\s+|then\s+|later\s+)?${PAST_VERB}\b`,
);
/** Verbs of reporting, in the past; a closing tail may also say it in the present ("…, the ministry says."). */
export const REPORTING = String.raw`(?:said|announced|reported|confirmed|told\s+(?:us|reporters|journalists))`;
const REPORTED_BEFORE = new RegExp(String.raw`\b${REPORTING}\s+$`, 'i');
const THAT_HAD_AFTER = /^\s*that\b[^;.]{0,100}?\bhad\s/i;

/**
 * Whether a date (with `before` and `after` it) tells the day of a saying that reports, in the pluperfect, what had happened
 * earlier: "local officials said yesterday that about 1,300 hectares had been damaged", "Its commander said at the time that
 * the change only recognised how the brigade had fought since 2022". The reported past dates no clause of the sentence's own.
 */
export const saysWhenEarlierPastReported = (before: string, after: string): boolean => REPORTED_BEFORE.test(before) && THAT_HAD_AFTER.test(after.slice(0, 120));

/**
 * A clause of time the explicit date sits in, hung on the relative phrase's clause: "resumed later that year, when the army
 * began an offensive in October", "Later that year, after Russia began its intervention on 30 September 2015, aircraft
 * struck …". Its date is the background of the main clause's (guide: it yields to the main clause's).
 */
const TIME_CLAUSE_BEFORE = /,\s*(?:when|after)\s[^,;]*$/i;
/**
 * A concession hung on the main clause: "Those protests have continued almost every night since then, though their numbers had
 * dwindled over the summer". Its date is no happening of the main clause's, which its relative phrase dates (guide), even one
 * that yields to a date stated in any main clause ("since then").
 */
const CONCESSION_BEFORE = /,\s*(?:though|although|even\s+though)\s[^,;]*$/i;

/**
 * "The next day, the National Assembly passed the law creating the VDP, a civilian auxiliary force first proposed by Kaboré in
 * November 2019": a noun in apposition whose participle tells when the thing was made stands for a "which" clause describing it,
 * whose date yields to the main clause's (guide).
 */
const APPOSITIVE_PARTICIPLE_BEFORE =
  /,\s*(?:a|an)\s+(?:[\wÀ-ɏ'’-]+\s+){0,4}?(?:[a-z]+ly\s+|first\s+)?(?:[a-z]{3,}ed|set\s+up|built|founded)\s+(?:by\s+[^,;]{1,40}?\s+)?(?:in|on)\s+(?:the\s+)?$/i;

/**
 * "Hezbollah units that had fought north of the city earlier in the month, and began a counter-attack … on 25 February": a relative
 * phrase inside a relative clause in the pluperfect tells what the named ones had done before, their earlier past (guide), so it
 * dates no clause of the sentence's own; the main clause's explicit date does.
 */
const IN_EARLIER_PAST_CLAUSE = new RegExp(String.raw`\b(?:that|which|who|whom)\s+${PLUPERFECT_TO_END}`, 'i');
/**
 * "Officers moved in shortly after 2 a.m., tearing down the stage that protesters had put up … last November": an explicit date in
 * a clause telling in the pluperfect what a thing the main clause names had undergone, its subject its own, is that thing's
 * earlier past; the main clause's relative phrase dates the sentence.
 */
const EARLIER_PAST_OF_NAMED = new RegExp(String.raw`\b(?:that|which|who|whom)\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?${PLUPERFECT_TO_END}`, 'i');

/**
 * A relative phrase in a sentence's first clause, with the explicit dates only after a clause
 * break, dates the sentence: two happenings of equal weight, the first named ("Kidal fell eight days
 * later, and the MNLA declared independence on 6 April"); so does one before a relative clause's date,
 * which yields to the main clause's (guide). Within one clause the explicit date wins ("A week later on 29 April").
 */
export function markFirstClause(mentions: DateMention[], flat: string): DateMention[] {
  // Any explicit date, a participle's too: "confirmed the loss the following day, and the war ended with an agreement signed on 10 November".
  // A subject's earlier past before the phrase ("Units of the corps, which had been moved … in the summer, held the heights through
  // the first day of fighting but lost … on 14 September") dates no clause of the sentence's own: the phrase still comes first.
  const start = mentions.findIndex((mention) => !(mention.kind === 'absolute' && mention.background === 'clause' && mention.pluperfect === true));
  const first = mentions.findIndex((mention, index) => index > start && mention.kind === 'absolute');
  const relative = mentions[start];
  if (start < 0 || first < 0 || relative?.kind !== 'relative') return mentions;
  const explicit = mentions[first];
  if (explicit === undefined) return mentions;
  const marked = (): DateMention[] => mentions.map((mention) => (mention === relative ? { ...relative, firstClause: true } : mention));
  const between = flat.slice(relative.index + relative.text.length, explicit.index);
  if (CONCESSION_BEFORE.test(between)) return marked();
  if (relative.yields === true || IN_EARLIER_PAST_CLAUSE.test(flat.slice(Math.max(0, relative.index - NEAR), relative.index))) return mentions;
  // A relative clause's date describes what the main clause names ("took the remaining towns, …, which had been held since 2014").
  const described =
    explicit.kind === 'absolute' &&
    (explicit.background === 'clause' ||
      (explicit.pluperfect === true &&
        (EARLIER_PAST_OF_NAMED.test(between) ||
          saysWhenEarlierPastReported(flat.slice(0, relative.index), flat.slice(relative.index + relative.text.length)))));
  if (!described && !CLAUSE_BREAK.test(between) && !TIME_CLAUSE_BEFORE.test(between.slice(-NEAR)) && !APPOSITIVE_PARTICIPLE_BEFORE.test(between.slice(-NEAR)))
    return mentions;
  return marked();
}
