/**
 * Relative phrases for where things stood, or what was said, at the time just told: "By then", "At this point", "said at the
 * time that", "At the time, the party promised". `relativePhrases.ts` reads these where they stood in its list.
 */
import type { Rule } from './relativeVocabulary.ts';

/** Verbs of saying whose time "at the time" gives; each rule adds a few of its own. */
const SAYING = 'said|told|wrote|announced|warned|claimed|stated|denied|insisted|argued|promised|threatened';

export const TIME_JUST_TOLD_PHRASES: Rule[] = [
  /*
   * "By then it controlled almost a third of the country": the ground a side held when the sentence opens on the time just
   * told is the story's state then, at that time's precision, after a month or a year too, as "By the summer of 2016, ISIL
   * still held a strip of territory" is (guide); held talks or a meeting are no ground.
   */
  {
    pattern:
      /^\s*By then\b(?=,?\s+(?:[\wÀ-ɏ'’-]+\s+){1,4}?(?:still\s+)?(?:controlled|held|occupied)\b(?!\s+(?:talks|meetings?|elections?|a\s+(?:meeting|vote))\b))/g,
    needs: ['by then'],
    unit: 'day',
    amount: 0,
  },
  /*
   * "By then, a group was still inside": where things stood on the day just told, as "by this time" ("by then-President" is
   * a title). After a month or a year it names no day: "By then, the two groups shared a common enemy" describes the time.
   */
  { pattern: /\bby then\b(?!-)/gi, needs: ['by then'], unit: 'day', amount: 0, dayAnchor: true },
  // "At this point the Russians were 3 km from the ring road": where things stood on the day just told, as "by this point".
  // Not a point of a season or a year ("which is already low at this point in the dry season"): a time of every such season.
  { pattern: /\bat (?:this|that) point\b(?!\s+(?:in|of)\s+(?:the|a|each|every)\b)/gi, needs: ['at this point', 'at that point'], unit: 'day', amount: 0 },
  // "Officials said at the time that …", "The withdrawal was criticised at the time": the time just told, at its precision, a
  // saying's or a judging's. A holder "at the time" ("the minister at the time") or "at the time of" a happening names no time of a saying.
  {
    pattern: new RegExp(
      `(?<=\\b(?:${SAYING}|reported|added|replied|responded|(?:was|were)\\s+(?:widely\\s+)?(?:criticised|criticized|condemned|denounced|praised|welcomed)) )at (?:the|that) time\\b(?! of\\b)`,
      'gi',
    ),
    needs: ['at the time', 'at that time'],
    unit: 'day',
    amount: 0,
    timeJustTold: true,
  },
  // "Ukrainian officials at the time spoke of a 'fighting withdrawal'": the same time set between the speakers and their saying; not
  // a holder's ("The minister at the time said nothing").
  {
    pattern: new RegExp(
      `(?<=^(?:[\\p{L}'’-]+\\s+){1,4})(?<!\\b(?:minister|president|governor|commander|mayor|head|chief|leader|ambassador|spokesman|secretary|prefect)\\s)at (?:the|that) time(?= (?:${SAYING}|spoke|described)\\b)`,
      'gu',
    ),
    needs: ['at the time', 'at that time'],
    unit: 'day',
    amount: 0,
    timeJustTold: true,
  },
  /*
   * "At the time, the party promised that it would not bring the bill back": the saying told after an opening "At the time" is
   * as much of the time just told as "said at the time that" (guide); a state told so ("At the time, there were said to be 20
   * snipers in the city", the seed's gold) tells what was so then, no saying, and dates nothing.
   */
  {
    pattern: new RegExp(
      `^At (?:the|that) time\\b(?! of\\b)(?=,?\\s+(?:(?!(?:was|were|is|are|been|be|there)\\b)[\\p{L}'’-]+\\s+){1,5}?(?:${SAYING}|pledged|vowed)\\b)`,
      'gu',
    ),
    needs: ['at the time', 'at that time'],
    unit: 'day',
    amount: 0,
  },
];
