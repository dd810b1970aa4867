/**
 * Dates a judgement is about rather than a happening of the story: "The fall of the town on 5 May was the worst blow", what a
 * subject "was regarded as" from a year, a time judged after a clause's start, a date cited as evidence or as a reason (GUIDE.md:
 * analysis and descriptions). `storyDate` asks; every pattern reads only the words next to the date.
 */
import { JUDGED_DATED_TIME } from './dayNamingLine.ts';
import {
  CITED_AS_EVIDENCE,
  CITED_AS_REASON,
  CLAUSE_HAPPENING_SUBJECT,
  CLAUSE_START,
  JUDGED_AFTER,
  PICTURE_SUBJECT,
  SHOWS_AFTER,
  SUBJECT_BEFORE,
  TIME_JUDGED_AFTER,
  TOLD_IN_WHICH_AFTER,
} from './namedHappeningWords.ts';

/**
 * "Formed on 10 March 2014 …, it was regarded as one of the groups closest to the Brotherhood and, from 2016, to Turkey": a date in
 * what the subject was regarded, considered or seen as dates that judgement's content, a description (GUIDE.md: analysis and
 * descriptions), no happening; the sentence is left to its other dates. Bounded to the clause after the verb, which a second verb
 * of the subject ends ("was often seen as the most ideological member of the junta, and had told parliament in May that …"), and so
 * does a second main clause ("was seen as a humiliation for the army, and the president announced on 17 April that …"). What a
 * subject is best known for or as is such a description ("The group is best known for its confrontation with the al-Nusra Front in
 * March 2016", "The town is best known as the headquarters of the Keita Integrated Project, which from 1984 planted …").
 */
const JUDGED_AS_REACH = 160;
const JUDGED_AS_BEFORE =
  /\b(?:was|were|is|are)\s+(?:widely\s+|generally\s+|often\s+|long\s+|also\s+)?(?:(?:regarded|considered|seen|viewed)\s+as|(?:perhaps\s+|probably\s+)?best\s+known\s+(?:for|as))\b(?:(?!,\s+(?:and|but)\s|,?\s+and\s+(?:had|has|have|was|were|is|are|[a-z]{3,}ed)\s)[^;.:]){0,120}$/i;

/** A copula judges only a happening named as a noun ("The fall of …"), not a subject whose state it tells ("The army on 5 March was a few kilometres away"). */
const HAPPENING_SUBJECT = /^(?:The|Its|Their)\s+[\wÀ-ɏ-]+\s+of\s[^,;]*$/;
const JUDGED_BY_COPULA = /^\s+(?:was|is|were|are|remains|remained)\s+(?:the|a|an|one\s+of)\s/i;

/** Whether a date (`before` it: the whole sentence's start) lies in what a subject was regarded as (see JUDGED_AS_BEFORE). */
export function judgedAsBefore(before: string, after: string): boolean {
  return JUDGED_AS_BEFORE.test(before.slice(-JUDGED_AS_REACH)) && !TOLD_IN_WHICH_AFTER.test(after);
}

/**
 * "For many in N'Djamena, what happened on Thursday confirmed what the opposition had said from the start": "what happened" with its
 * date, the subject of a verb that weighs it, points back to a happening already told and judges it (guide: analysis), no
 * happening of its own. Not as an object ("to reconstruct what happened to the depot in March 2025").
 */
const WHAT_HAPPENED_SUBJECT = /(?:^|[,:;]\s*)[Ww]hat\s+(?:happened|took\s+place)(?:\s+(?:on|in|during|at))?\s+$/;
const WEIGHS_WHAT_HAPPENED = /^\s+(?:confirmed|showed|shows|proved|proves|demonstrated|revealed|suggested|suggests|was|is)\b/;

/** Whether a date, written out or relative, dates a "what happened" that a verb weighs (see WHAT_HAPPENED_SUBJECT). */
export function judgesWhatHappened(near: string, after: string): boolean {
  return WHAT_HAPPENED_SUBJECT.test(near) && WEIGHS_WHAT_HAPPENED.test(after);
}

/** The words around a date, as `datesJudgement` reads them. */
export interface JudgedWords {
  /** The sentence's words before the date, when they are few enough to be its subject; else undefined. */
  readonly subject: string | undefined;
  readonly near: string;
  readonly after: string;
  readonly phraseBefore: string;
}

/**
 * Whether a date only dates what a judgement is about: the subject judged after it ("The attack of 5 May shocked the country"),
 * a happening named as a noun that a copula ranks, a time judged after a clause's start, a date cited as evidence or as a reason;
 * not in a sentence that judges the day it names ("The night of February 26 is the heaviest": an anchor, `dayNamingLine.ts`).
 */
export function datesJudgement(sentence: string, { subject, near, after, phraseBefore }: JudgedWords): boolean {
  const judgedTime = JUDGED_DATED_TIME.test(sentence.trim());
  if (
    subject !== undefined &&
    SUBJECT_BEFORE.test(subject) &&
    JUDGED_AFTER.test(after) &&
    !(PICTURE_SUBJECT.test(subject) && SHOWS_AFTER.test(after)) &&
    !judgedTime
  )
    return true;
  if (((subject !== undefined && HAPPENING_SUBJECT.test(subject)) || CLAUSE_HAPPENING_SUBJECT.test(near)) && JUDGED_BY_COPULA.test(after) && !judgedTime)
    return true;
  return (
    (CLAUSE_START.test(near) && TIME_JUDGED_AFTER.test(after)) ||
    (CITED_AS_EVIDENCE.test(near) && JUDGED_AFTER.test(after)) ||
    judgesWhatHappened(near, after) ||
    CITED_AS_REASON.test(phraseBefore)
  );
}
