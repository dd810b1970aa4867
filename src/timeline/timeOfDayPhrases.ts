/**
 * Relative phrases of a time within the day just told: a time of day ("in the evening", "in the middle of the afternoon", "overnight",
 * "at 12:00", "by 9 a.m."), and a moment counted in seconds, minutes or hours from a happening
 * ("minutes later", "seconds before the explosion"), which cannot leave its day. `relativePhrases.ts`
 * reads these where they stand in its list.
 */
import { COUNT, HAPPENING, TOLD_STEP, type Rule } from './relativeVocabulary.ts';

// "At around 12:30 the next day", "at 6 a.m. the following morning": a clock time followed by the day it falls on is that day's,
// which the phrase after it counts; the clock time then dates nothing in its place.
const DAY_COUNTED_AFTER = String.raw`\.?,? (?:on )?the (?:previous|next|following) (?:day|morning|afternoon|evening|night)\b`;

/** "forbade them to leave their yards after dark", "bans all movement between 8 p.m. and 6 a.m.": a rule's hours, no time of a happening. */
const NOT_A_RULES_HOURS = String.raw`(?<!\b(?:forbid|forbids|forbade|forbidden|ban|bans|banned|prohibited|not\s+allowed)\b[^,;.]{0,60})`;
export const TIME_OF_DAY_PHRASES: Rule[] = [
  // Time of day: the day of the anchor ("By the end of the day", "In the evening", "through the night", "overnight", "at 12:00",
  // "for most of the morning", "in the course of the day"); a state bounded by one, "flights were suspended until the evening", is
  // dated by that bound, while a bound set ahead, "given until the evening to leave", "postponed until the evening", is a deadline
  // (guide). "miners who had been working through the night" tells how they spent it, not a happening of that night.
  {
    pattern:
      /\b(?:by|at|towards?|before|until) the end of the day\b|\b(?:during|throughout|all|for (?:most|much) of|in the course of) the day\b|\bby day's end\b/gi,
    needs: ['the day', "day's end"],
    unit: 'day',
    amount: 0,
  },
  {
    pattern:
      /\b(?:in|into|during|by|(?<!\b(?:given|granted|gave|allowed|postponed|delayed|adjourned|deferred) )until|throughout|(?<![a-z]ing )through|later in|early in|late in|for (?:most|much) of|in the middle of) the (?:early |late |mid-?)?(?:morning|afternoon|evening|night)\b(?!\s+of\b)|\b(?:by|(?<!\b(?:given|granted|gave|allowed|postponed|delayed|adjourned|deferred) )until|towards?) (?:mid-?|late )?(?:morning|afternoon|evening|nightfall)\b/gi,
    needs: ['morning', 'afternoon', 'evening', 'night'],
    unit: 'day',
    amount: 0,
  },
  // "Police dispersed the crowd in the early hours": the small hours with no day of their own, a time of the day just told (or of
  // the morning that ends the night just told, `resolveRelative.ts`), as "in the early morning" is.
  {
    pattern: /\b(?:in|during) the (?:early|small|wee) hours\b(?!\s+of\b)/gi,
    needs: ['hours'],
    unit: 'day',
    amount: 0,
  },
  // "Zelensky says in his evening address that …", "In its morning report the air force says …": an address, a briefing, a speech or
  // a report named by its time of day is given at that time of the day just told, as "in the evening" is; one with a day of its own
  // ("in his evening address of 3 July") is that day's, and so is one the phrase after it counts ("in his evening address the following
  // day").
  {
    pattern: new RegExp(
      String.raw`\b(?:in|during) (?:his|her|their|its|the|a) (?:evening|morning) (?:video |televised |television )?(?:address|speech|briefing|broadcast|statement|message|report|update|bulletin|summary)\b(?! (?:of|on) (?:\d|[A-Z][a-z]+ \d)|${DAY_COUNTED_AFTER})`,
      'gi',
    ),
    needs: ['evening', 'morning'],
    unit: 'day',
    amount: 0,
  },
  // "By noon, volunteers have joined the rescuers" is a time of that day as "by the evening" is (guide), and so are "After dark, riot
  // police cleared the avenue" and "gunfire until about noon" (a hedged hour hedges the time, not the day). Not the time a ban
  // holds at ("forbade them to leave their yards after dark"): a rule's hours, no time of the happening.
  // "at noon on 5 April" is that day's time, no second date: the phrase counts from the anchor only with no day of its own after it,
  // and "at noon the previous day" names its day by the count that follows it.
  {
    pattern: new RegExp(
      String.raw`${NOT_A_RULES_HOURS}\b(?:overnight|(?:at |by |around )?midday|(?:at|by|before|after|around|towards?|until) (?:about |around )?(?:dawn|dusk|noon|midnight|nightfall|daybreak|dark|sunrise|sunset)|(?:a |during a |in a )midnight)\b(?! on (?:\d|[A-Z][a-z]+ \d)|,? (?:on )?the (?:previous|next|following) (?:day|morning|afternoon|evening|night)\b)`,
      'gi',
    ),
    needs: ['night', 'midday', 'dawn', 'dusk', 'noon', 'daybreak', 'dark', 'sunrise', 'sunset'],
    unit: 'day',
    amount: 0,
  },
  {
    pattern: new RegExp(String.raw`\bat (?:about |around )?\d{1,2}(?:[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)(?![\d%]|${DAY_COUNTED_AFTER})`, 'gi'),
    needs: ['at '],
    unit: 'day',
    amount: 0,
  },
  // "At around one o'clock Moscow time Medvedev went on television": an hour told in words is a clock time, as "at 12:00" is.
  {
    pattern: new RegExp(`\\b(?:at|by|before|after|until|around) (?:about |around )?${COUNT} o['’]clock\\b(?!${DAY_COUNTED_AFTER})`, 'gi'),
    needs: ["o'clock", 'o’clock'],
    unit: 'day',
    amount: 0,
  },
  // "By 9 a.m., the president had called a meeting", "By about 9 p.m.", "between 1 and 3 a.m.": an hour marked a.m. or p.m. is a
  // clock time whatever its preposition, as one with a colon is, and so are two of them bounding a stretch of the night.
  {
    pattern: new RegExp(
      String.raw`${NOT_A_RULES_HOURS}\b(?:by|before|after|until|around|between \d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)? and) (?:about |around )?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?(?![\d%]|${DAY_COUNTED_AFTER})`,
      'gi',
    ),
    needs: ['am', 'a.m', 'pm', 'p.m'],
    unit: 'day',
    amount: 0,
  },
  // "The timestamp reads 07:17 when the first missile lands", "The timestamp on this clip reads 03:12 …", "The timestamp in the corner
  // reads 07:42 …": a clock time the report reads off a clip, as "at 12:00" is (no chat line).
  {
    pattern:
      /(?<=\b(?:timestamps?|time ?codes?|clock)(?: on (?:this|that|the|the next|the last|the first) (?:clip|video|footage|recording)| in the (?:top |bottom |lower |upper )?(?:left |right )?corner(?: of the (?:frame|screen|clip|video|image))?)? (?:reads|read|shows|showed|says|said) )\d{1,2}:\d{2}\b(?![\d%])/gi,
    needs: [':'],
    unit: 'day',
    amount: 0,
  },
  // "announced for 9:00 Moscow time", "before 05:00", "Around 10:40, a man films": a clock time with a colon is no count, whatever its
  // preposition; a hedged one hedges the hour, not the day (guide), so it takes no qualifier.
  {
    pattern: new RegExp(String.raw`\b(?:for|from|by|until|before|after|since|around|about|approximately) \d{1,2}:\d{2}\b(?![\d%]|${DAY_COUNTED_AFTER})`, 'gi'),
    needs: [':'],
    unit: 'day',
    amount: 0,
  },
  /*
   * "The pictures went around the world within hours of the attack", told after a sentence on another day: the day of the
   * attack the text told, whatever was dated since, as "on the day of" it is (guide); none told, the happening just told. The
   * moments may be counted ("Within fifteen minutes of the first shells").
   */
  {
    pattern: new RegExp(
      `\\bwithin (?:(?:a few|several|${COUNT.slice(1, -1)}) )?(?:seconds|minutes|hours|an hour|the hour) of the (?:first )?(${HAPPENING}|shells|shots)\\b`,
      'gi',
    ),
    needs: ['within'],
    unit: 'day',
    amount: 0,
    moment: true,
    sameDayAs: true,
    orDayJustTold: true,
  },
  /*
   * "A statue had been pulled down by residents in the first hours after the news", told right after "rebel forces entered
   * Damascus on 8 December": the first hours after what the text told are on its day, as "within hours of the attack" are; the
   * happening named, if a sentence told it, else the one just told.
   */
  {
    pattern: /\b(?:in|during|within) the (?:first|early) (?:few )?hours after the ([a-z]{4,})\b/gi,
    needs: ['hours after the'],
    unit: 'day',
    amount: 0,
    moment: true,
    sameDayAs: true,
    orDayJustTold: true,
  },
  // "Activists said that at least 14 soldiers were killed in the first hours": the first hours of what was just told, on its day.
  {
    pattern: /\b(?:in|during|within) the (?:first|early|opening) (?:few )?hours\b(?! (?:of|after)\b)/gi,
    needs: ['hours'],
    unit: 'day',
    amount: 0,
    moment: true,
  },
  /*
   * "Hours before the vote, Kremlin spokesman Dmitry Peskov called the decision incorrect", after "parliament voted on Tuesday": a
   * step told in words, not arms, is recalled by the verb that dated it, and the hours are on its day (guide: "seconds before the
   * explosion"), and so is "within hours of the ceremony"; one no sentence told dates nothing.
   */
  {
    pattern: new RegExp(
      `(?<!(?:\\d|\\b(?:${COUNT}|[a-z]+(?:ty|teen)|dozen|hundred)) )\\b(?:(?:(?:a few|several|some) )?hours (?:after|before)|within hours of) the (${TOLD_STEP})\\b`,
      'gi',
    ),
    needs: ['hours after', 'hours before', 'within hours of'],
    unit: 'day',
    amount: 0,
    moment: true,
    sameDayAs: true,
    // COUNT in the lookbehind is the first group.
    namedGroup: 2,
  },
  // "Two hours later", "A few hours earlier, Masra had declared himself the winner", "put out the blaze within three hours", "pulled
  // nineteen survivors from the water within the first hour": moments before or after the happening just told, on its day.
  {
    pattern: new RegExp(
      `\\b(?:${COUNT}|a few|several) (?:hours?|minutes?|seconds?) (?:later|earlier)\\b|\\b(?:seconds|minutes|hours|moments) (?:later|earlier)\\b|\\bwithin (?:(?:${COUNT}|a few|several) )?(?:minutes|hours)\\b|\\bwithin (?:an|the) hour\\b|\\b(?:in|within) the first (?:hour|few hours|minutes)\\b(?!\\s+of\\b)|\\bimmediately (?:after|following)\\b`,
      'gi',
    ),
    needs: ['later', 'earlier', 'within', 'in the first', 'immediately'],
    unit: 'day',
    amount: 0,
    moment: true,
  },
  /*
   * "The attackers came down from the hills and, after several hours of fighting, captured the crossing", "After a six-hour battle,
   * the barricades had been cleared": hours of the fighting just told, so its day, as "hours later" is (guide); after a statement about an earlier attack ("The ministry announced the
   * toll yesterday. The attackers overran the post after several hours of fighting") the fighting's day is not the one told.
   * An attack repelled, a post held or positions overrun after hours of fighting ("The army said it had repelled them after several hours of fighting")
   * tells how the attack just told ended, which adds to it and dates nothing of its own.
   */
  {
    pattern: new RegExp(
      `(?<!\\b(?:repelled|repulsed|beaten\\s+off|beat\\s+off|fought\\s+off|held|overran|overrun)\\b[^,;.]{0,40}?)\\bafter (?:${COUNT}|a few|several) hours? of (?:(?:heavy|fierce|intense) )?(?:fighting|clashes|combat)\\b|\\bafter an? (?:${COUNT}|several)-hour (?:(?:gun|fierce|heavy) )?(?:battle|fight|firefight|gunfight|assault|clash)\\b`,
      'gi',
    ),
    needs: ['after'],
    unit: 'day',
    amount: 0,
    moment: true,
    ofFightingJustTold: true,
  },
  // "seconds before the explosion": the happening just told, so its day; "minutes after the unit requested help" names a happening of no known day.
  // "Minutes after the first explosions": the first of the attack just told, no series (`firstOfSeriesPhrases.ts`).
  {
    pattern: new RegExp(
      `\\b(?:(?:${COUNT}|a few|several) (?:seconds?|minutes?)|seconds|minutes|moments) (?:before|after) the (?:first )?${HAPPENING}\\b`,
      'gi',
    ),
    needs: ['second', 'minute', 'moments'],
    unit: 'day',
    amount: 0,
    moment: true,
    fromNamedHappening: true,
  },
  // "only minutes before the missiles hit", in a sentence told days later: the strike the text told, so its day (as "seconds before
  // the explosion" is the happening's), found by what struck; none told, the day just told.
  {
    pattern: new RegExp(
      `\\b(?:(?:${COUNT}|a few|several) (?:seconds?|minutes?)|seconds|minutes|moments) (?:before|after) the ((?:missile|rocket|drone|bomb|shell)s?) (?:hit|struck|landed|exploded|fell)\\b`,
      'gi',
    ),
    needs: ['second', 'minute', 'moments'],
    unit: 'day',
    amount: 0,
    moment: true,
    sameDayAs: true,
    // COUNT is the first group.
    namedGroup: 2,
    orDayJustTold: true,
  },
  // "he had just pulled in from Pavlohrad when the first missile hit": what a witness was doing at the moment of the strike the text
  // told is of its day, as a moment counted from it is.
  {
    pattern: /\bwhen the (?:first |second |last )?((?:missile|rocket|drone|bomb|shell)s?) (?:hit|struck|landed|exploded|fell)\b/gi,
    needs: ['when the'],
    unit: 'day',
    amount: 0,
    moment: true,
    sameDayAs: true,
    orDayJustTold: true,
  },
  // "Hours after the storming, the speaker announced …": hours after the happening just told, so its day, as the guide reads "hours
  // after the strike"; a count of them ("36 hours after the attack") may pass midnight, and "hours before" may reach the day before.
  {
    pattern: new RegExp(`(?<!(?:\\d|\\b(?:${COUNT}|[a-z]+(?:ty|teen)|dozen|hundred)) )\\b(?:(?:a few|several|some) )?hours after the ${HAPPENING}\\b`, 'gi'),
    needs: ['hours after'],
    unit: 'day',
    amount: 0,
    moment: true,
    fromNamedHappening: true,
  },
  // "The strike came hours after rebels had retaken the town": the happening just told is the subject, so the hours count from its day;
  // so do killings told as one deed ("The massacre came hours after fighters had raided a camp"), which the narrower vocabulary
  // of a blast or a strike leaves out.
  {
    pattern: new RegExp(
      `\\bthe (?:${HAPPENING}|killings?|massacres?|raids?|ambush(?:es)?|executions) (?:came|happened|occurred|took place) (?:(?:just|only) )?(?:(?:${COUNT}|a few|several) )?(?:seconds?|minutes?|hours?|moments) (?:before|after)\\b`,
      'gi',
    ),
    needs: ['came', 'happened', 'occurred', 'took place'],
    unit: 'day',
    amount: 0,
    moment: true,
  },
];
