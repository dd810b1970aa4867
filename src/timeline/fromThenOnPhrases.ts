/**
 * Phrases that start a state, a habit or a happening told as going on at the day just told: "From then on", an opening "Since
 * then,", "almost every day since", "has not stopped since", "has held the sector since then". `relativePhrases.ts` reads these
 * where they stand in its list.
 */
import { ON_THE_FRONT_LINE } from './howThingsStood.ts';
import type { Rule } from './relativeVocabulary.ts';

/**
 * "Since then" opening a sentence that tells a state or a habit begun then ("Since then the village has been shelled almost every
 * day", "the lorries have travelled there only twice a month"), not a count counted from it (read over a bounded stretch), nor
 * what the place has been from then on ("Since then the town has depended on a small filtration plant", "Since then the village has
 * been on the front line": a description, GUIDE.md),
 * nor a change measured since ("Since then, that share has grown", "the number of prisoners has nearly doubled", "the line has moved
 * only a few hundred metres": a measure, no happening), nor a count of times ("Since then the station has stopped working more than
 * 30 times", "the wire has moved several times": the day just told is its baseline, unlike "several times its size", a measure of a
 * state) or of people ("Since then, according to the union, more than 300 teachers have asked to be transferred"), or of what was
 * done ("Since then, doctors have sent 46 blood samples to the laboratory", "the town has lost more than a dozen of its notables":
 * GUIDE.md, the baseline of a count), nor a remembering kept every year ("Since then, residents have gathered at the memorial every
 * year on 10 November", "18 May has been marked as the Day of the Defence": GUIDE.md, commemoration).
 */
/** How a count is hedged ("more than 300", "about 40"). */
const COUNT_HEDGE = String.raw`(?:more\s+than|over|about|some|at\s+least|nearly)`;
const COUNTED_SUBJECT = String.raw`[^;.]{0,120}?\b${COUNT_HEDGE}\s+\d[\d,]*\s+(?:[\wÀ-ɏ-]+\s+){0,2}?(?:have|has)\s`;
const COUNTED_TIMES = String.raw`[^;.]{0,160}?\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|a\s+dozen|dozens\s+of|hundreds\s+of)\s+times\b(?!\s+(?:a|an|per|its|their|the|as|that|more|larger|bigger|higher)\s)|[^;.]{0,160}?\btwice\b(?!\s+(?:a|an|per)\s)`;
const COUNTED_PEOPLE = String.raw`(?:(?!,\s+(?:and|but|while)\s)[^;.]){0,160}?\b(?:killed|wounded|injured|died|fled|displaced|arrested|detained|evacuated)\b`;
const COUNTED_OBJECT = String.raw`[^;.]{0,120}?\b(?:has|have)\s+(?:also\s+)?(?:sent|lost|spent|counted|recorded|registered|received|treated|delivered|distributed|handed\s+out|taken\s+in)\s+(?:(?:${COUNT_HEDGE}|almost|only)\s+)?(?:\d[\d,.]*|a\s+dozen|dozens|hundreds|thousands)\b`;
const MEASURED_CHANGE = String.raw`[^;.]{0,120}?\b(?:has|have)\s+(?:(?:only|also|steadily|nearly|almost|more\s+than)\s+)?(?:grown|risen|fallen|increased|decreased|doubled|tripled|halved|shrunk|dropped|moved\s+only)\b`;
const COMMEMORATED = String.raw`[^;.]{0,120}?\b(?:has|have)\s+(?:been\s+)?(?:gathered|met|marked|commemorated|observed|honou?red|remembered)\b[^;.]{0,100}?\b(?:(?:every|each)\s+(?:year|[A-Z][a-z]+)|annually|anniversary|[Dd]ay\s+of)\b`;
const DESCRIBED_PLACE = String.raw`,?\s+(?:the\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+)?\s+(?:has|have)\s+(?:depended|relied|lived)\s+on\b|,?\s+(?:the\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+)?\s+(?:has|have)\s+(?:been\s+(?:home\s+to|known\s+as)|${ON_THE_FRONT_LINE})\b`;
const SINCE_THEN = new RegExp(
  String.raw`^Since then\b` +
    [COUNTED_SUBJECT, COUNTED_TIMES, COUNTED_PEOPLE, COUNTED_OBJECT, MEASURED_CHANGE, COMMEMORATED, DESCRIBED_PLACE].map((not) => `(?!${not})`).join(''),
  'g',
);

export const FROM_THEN_ON_PHRASES: Rule[] = [
  // "From then on, the only way out was a footbridge": a state from the day just told (before "that day" reads part of it), as "Since November 2011" is from its start.
  { pattern: /\bfrom (?:then|that (?:day|moment|point)) on(?:wards?)?\b/gi, needs: ['from then', 'from that'], unit: 'day', amount: 0, unhedged: true },
  /*
   * "It's the evening of June 25 when Haidai confirms … From now on, the front line runs along the river": in a story told in the
   * present, an opening "From now on" is its "from then on", at the story's moment as told, hedge and all ("In late July … From now
   * on, the line forms after dark": late July); one that looks ahead with a modal ("From now on, visitors will need a permit") is a
   * rule for the future, no state of the story.
   */
  { pattern: /^\s*From now on(?=[,\s])(?![^.;]*\b(?:will|would|must|should|shall|can|may)\b)/g, needs: ['from now on'], unit: 'day', amount: 0 },
  /*
   * "Since then, Azerbaijani troops have held 200 square kilometres": a state from the day just told, as "from then on" is;
   * only opening the sentence, and not the baseline of a count ("Since then more than 300 have been killed") nor a measure
   * ("Since then, the flow has grown every day"). A date the sentence states dates it instead, in any clause (the guide's Niger post).
   * "Then" is the time just told, a post's look back too ("In July, a bomb hit an escort. Since then, …" is July, not the news's day).
   */
  { pattern: SINCE_THEN, needs: ['since then'], unit: 'day', amount: 0, unhedged: true, yields: true, timeJustTold: true },
  // "The city has been shelled almost every day since.", "the outages have lasted up to sixteen hours a day since then": a habit
  // whose closing "since" starts it on the day just told, as "from then on" does; its place may follow, and a concession ("Those
  // protests have continued almost every night since then on Rustaveli Avenue, though their numbers had dwindled").
  {
    pattern:
      /\b(?:(?:almost|nearly) )?(?:every|a) (?:day|night) since(?: then)?(?=(?:\s+(?:on|in|at|outside|along|across)\s+[^,;.!]{1,40})?\s*(?:[.!;]|$|,\s*(?:though|although|even though)\s))/gi,
    needs: ['every day since', 'every night since', 'a day since', 'a night since'],
    unit: 'day',
    amount: 0,
    unhedged: true,
    dayAnchor: true,
  },
  /*
   * "The strikes have not stopped since.", "Fighting has continued since.": a happening told as going on, with the same bare
   * closing "since", starts on the day just told, as a habit does; the guide reads them alike.
   */
  {
    pattern: /\b(?:has|have|had)\s+(?:(?:not|never)\s+(?:stopped|ceased|let\s+up)|continued|gone\s+on)\s+since(?=\s*(?:[.!;]|$))/gi,
    needs: ['stopped since', 'ceased since', 'let up since', 'continued since', 'gone on since'],
    unit: 'day',
    amount: 0,
    unhedged: true,
    dayAnchor: true,
  },
  // "It has held the sector since then.": ground held (an object after the verb: "The ceasefire has held since then" tells it lasted),
  // or a place shut or besieged, from the day just told, as a closing "since" starts a habit ("Bazoum has been held in his residence
  // ever since, with his wife." closes on who shares it, and "he has been held ever since with his wife in the residence" on who
  // shares it and where, with no comma).
  {
    pattern:
      /\b(?:has|have|had)\s+(?:(?:held|controlled|occupied)\s+(?!since\b)[^,;.\d]{1,60}?\s|been\s+(?:held|controlled|occupied|besieged|blockaded|closed|cut\s+off)\b[^,;.\d]{0,60}?\s)since(?:\s+then)?(?=\s*(?:[.!;]|$)|,\s+(?:with|along\s+with|together\s+with)\s[^,;.]{1,40}[.!;]?\s*$|\s+(?:with|along\s+with|together\s+with|in|at|inside)\s[^,;.\d]{1,100}[.!;]?\s*$)/gi,
    needs: ['since'],
    unit: 'day',
    amount: 0,
    unhedged: true,
  },
];
