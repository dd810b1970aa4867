/**
 * A clause whose subject is "no" something ("No trial had been held by early 2022", "Survivors said that no soldiers came to
 * help them during the night", "There was no air-raid alert in the oblast that night"), "none of" them ("None of them had been
 * tried by the end of the year") or "neither" ("Neither side has moved since the autumn"), tells what did not happen: a date in it
 * dates no happening (GUIDE.md: something not asserted as having happened), and moves no anchor.
 * A report of it keeps its own date ("Officials confirmed in July that no troops remained").
 */
import type { Span } from './quotedSpeech.ts';

/**
 * From the sentence's opening "No" (with the "As of 2025," or "By 2025," it stands at: "As of 2025, no reconstruction
 * work had been reported"), a reported "that no" or a clause joined by ", and" or a semicolon ("The garrison was reinforced,
 * and no further assault on the post was reported that year"), up to where another clause begins; not a count ("no fewer than 50"): a
 * comma, a semicolon, or a conjunction opening a clause of its own ("when the plant was shelled on 5
 * March" tells a happening). Lazy and capped, so each find reads a bounded stretch.
 */
const NEGATED_CLAUSE =
  /(?:^(?:(?:As of|By)\s[^,;]{1,40},\s+)?|\bthat\s+|,\s+and\s+|;\s+)(?:(?:[Tt]here\s+(?:was|were|had\s+been)\s+)?[Nn]o|[Nn]either|[Nn]one\s+of)\s+(?!(?:fewer|less|more|longer)\b)[a-z][^,;]{0,200}?(?=\s(?:when|after|as|before|while|although|though|but|and|until)\b|[,;]|$)/g;

/**
 * "No ship has left the port since 16 July, when the last one sailed": an absence since a time that a
 * "when" clause names a happening of is dated by that start (GUIDE.md), so the "since" date is no part
 * of what did not happen. Read at the clause's end only, a bounded stretch.
 */
const SINCE_NAMED_START = /\bsince\s+[^,;]{1,40}$/;
const WHEN_FOLLOWS = /^,\s*when\b/;

/**
 * "many of those who fled had not returned by 2024": a perfect denied up to a "by" date tells what had not happened by then
 * (GUIDE.md: something not asserted as having happened), so its date dates nothing. Only with "by", a bound the denial
 * reaches: an absence since a start ("has not been seen since Saturday night, when …") is dated by that start. Lazy and
 * capped to the clause.
 */
const NOT_DONE_BY =
  /\b(?:had|has|have)\s+not\s+(?:yet\s+)?[a-z]+\b[^,;]{0,80}?\bby\s[^,;]{1,40}?(?=\s(?:when|after|as|before|while|although|though|but|and)\b|[,;.]|$)/g;

/**
 * "The quarrel did not begin last week": a beginning denied at a time says it lay earlier, so the date dates nothing (GUIDE.md:
 * not asserted as having happened), as "No trial had been held by early 2022" dates nothing. Not "did not begin until 3 May",
 * which tells when it began. Capped to the clause.
 */
const BEGINNING_DENIED = /\b(?:did|does|do)\s+not\s+(?:begin|start|happen|take\s+place|originate)\b(?!\s+until\b)[^,;]{0,60}?(?=[,;.]|$)/g;

/**
 * "A month ago few people here would have predicted that the movement would still be on the streets", "Few would have believed a
 * year ago that …": what few would have thought at a time is a counterfactual, no happening of it (GUIDE.md: not asserted as
 * having happened); the clause runs from the sentence's start, where its date may stand, to its end.
 */
const FEW_WOULD_HAVE =
  /^[^,;]{0,40}?\b(?:[Ff]ew|[Nn]o one|[Nn]obody|[Hh]ardly anyone)\b[^,;]{0,40}?\bwould\s+have\s+(?:predicted|believed|imagined|expected|thought|guessed)\b[^;]*/g;

/**
 * "Unlike most towns of the Hauran, Khabab saw no large anti-government protests in 2011": a verb in the simple past whose
 * object is "no" something tells what did not happen, as a "no" subject does; not "no fewer than", nor an absence since a
 * start ("has seen no fighting since 2018", dated by that start). Up to the clause's end.
 */
const NO_OBJECT =
  /\b(?:saw|suffered|met|faced|recorded|reported|experienced|witnessed)\s+no\s+(?!(?:fewer|less|more|longer)\b)(?![^,;]*\bsince\b)[^,;]{0,120}?(?=[,;.]|$)/g;

/** The spans of a sentence's negated clauses. */
export function negatedClauses(sentence: string): Span[] {
  const noSubject = [...sentence.matchAll(NEGATED_CLAUSE)].map((match) => {
    const end = match.index + match[0].length;
    const since = WHEN_FOLLOWS.test(sentence.slice(end, end + 8)) ? SINCE_NAMED_START.exec(match[0]) : null;
    return { start: match.index, end: since === null ? end : match.index + since.index };
  });
  const notDoneBy = [...sentence.matchAll(NOT_DONE_BY)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const beginningDenied = [...sentence.matchAll(BEGINNING_DENIED)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const counterfactual = [...sentence.matchAll(FEW_WOULD_HAVE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const noObject = [...sentence.matchAll(NO_OBJECT)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  // "Russian sources did not report further attacks on the village that spring": a sentence whose own verb is denied tells what
  // did not happen, its date too (see NEGATED_MAIN_VERB).
  // From the denial on, up to a concession's clause ("…, although trucks were getting through by early 2024"); the subject's own
  // date stays ("A report of the UN mission in July did not say who had fired" is the report's).
  const denied = NEGATED_MAIN_VERB.exec(sentence) ?? NEGATED_PASSIVE.exec(sentence);
  const concession = denied === null ? -1 : sentence.slice(denied[0].length).search(CONCESSION);
  const deniedVerb =
    denied === null
      ? []
      : [
          {
            // An opening "As of this writing," is the time the denial holds at, no happening's either.
            start: denied.groups?.['writing'] === undefined ? denied[0].length - (denied[1] ?? '').length : 0,
            end: concession < 0 ? sentence.length : denied[0].length + concession,
          },
        ];
  return [...noSubject, ...notDoneBy, ...beginningDenied, ...counterfactual, ...noObject, ...deniedVerb];
}

/**
 * "The Russian Ministry of Defence did not comment on the fighting": a sentence whose own verb is negated tells what did not
 * happen, so a heading's day does not make it an event (GUIDE.md: not asserted as having happened); so does a comment or a
 * confirmation still not given ("As of this writing, the company has not commented": none of 39 such sentences in the gold set
 * is an event), nor a word still not said ("As of this writing, the consulates had not said whether they would …"). Not when its negation
 * is a happening in disguise ("did not stop until dawn", "never let up") or another clause follows ("…, but said …").
 */
const NEGATED_MAIN_VERB =
  /^(?<writing>(?:As\s+of|At\s+the\s+time\s+of)\s+(?:this\s+)?writing,\s+)?(?:[\wÀ-ɏ'’.-]+\s+){1,8}?((?:did\s+not|didn['’]t|never|(?:has|have|had)\s+not(?:\s+yet)?(?=\s+(?:commented|responded|confirmed|replied|claimed|said)\b))\s+(?!(?:stop|end|cease|last|let|halt|pause)\b)[a-z]+)\b(?![^;]*(?:\b(?:until|till|but|and)\b|;))/i;
/**
 * "The village was not shelled during the clashes of September 2022": the same denial in the passive, its participle right after
 * "not"; not "was not one of them", nor one a reporting clause dates ("They were not fired on Monday, the head … said").
 */
const NEGATED_PASSIVE =
  /^(?:[\wÀ-ɏ'’.-]+\s+){1,8}?((?:was|were)\s+not\s+(?:[a-z]{3,}ed|hit|struck|shot|taken|retaken|held|built|rebuilt))\b(?![^;]*(?:\b(?:until|till|but|since)\b|,\s*and\b|;|,\s*(?:[\wÀ-ɏ'’-]+\s+){0,8}?(?:said|says|told)\b))/i;
/** A clause of concession after a denial, which tells what did happen. */
const CONCESSION = /,\s*(?:although|though|even\s+though|while|whereas)\s/i;

/**
 * "No further strikes were reported before the end of the war": a sentence whose subject is "no" something tells what did
 * not happen, as its negated clause does (above); not a count ("No fewer than 50"), "No sooner had …", nor one another
 * clause follows ("No one was hurt, but the roof fell in").
 */
const NEGATED_SUBJECT = /^(?:No|Neither)\s+(?!(?:fewer|less|more|longer|sooner)\b)(?![^;]*(?:\b(?:until|till|but|and)\b|;))/;

/** Whether a sentence only tells that its subject did not do something, or that no such thing happened. */
export function tellsNoHappening(sentence: string): boolean {
  return NEGATED_MAIN_VERB.test(sentence) || NEGATED_SUBJECT.test(sentence);
}

/**
 * "the reserves, including the brigades trained in Germany over the winter, have not yet been committed", "a military inquiry
 * announced in April 2022 has never published its findings", "France, which kept its troops in Chad after leaving Mali in August,
 * has said nothing": a date in an aside or a participle describing the subject of a verb that tells nothing happened dates no
 * happening (GUIDE.md: not asserted as having happened).
 */
const DESCRIBES_SUBJECT_OF_NEGATED = /^[^,;.]{0,60},\s*(?:(?:has|have|had)\s+(?:(?:not|never)\b|(?:said|done|announced)\s+nothing\b)|did\s+not\s+comment\b)/i;
const SUBJECT_PARTICIPLE_BEFORE = /\b(?:a|an|the|its|their)\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?[a-z]{3,}ed\s+(?:in|on)\s+$/i;
const NEGATED_RIGHT_AFTER = /^\s*(?:has|have|had)\s+(?:not|never)\b/i;

/** Whether a date (`lead`: the words before it, `after`: those after it) describes the subject of a verb that tells nothing happened. */
export function describesSubjectOfNegated(lead: string, after: string): boolean {
  return DESCRIBES_SUBJECT_OF_NEGATED.test(after) || (SUBJECT_PARTICIPLE_BEFORE.test(lead) && NEGATED_RIGHT_AFTER.test(after));
}
