/**
 * Relative phrases dated by a happening the text told before with its day, found again by its words
 * (`namedHappening.ts`), whatever was dated since: "two days after the strike", "On the same day as the
 * signing ceremony", "The same conference named …", "On the day the army reached the highway".
 * `relativePhrases.ts` reads these where they stood in its list.
 */
import { COUNT, GATHERING, type Rule } from './relativeVocabulary.ts';

/** The days a count names before or after its happening: group 2 its unit ("days", "weeks"), group 3 "before" or "after". */
function daysBeforeOrAfter(count: number, match: RegExpMatchArray): number {
  return ((match[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1) * count * ((match[3] ?? '').toLowerCase() === 'before' ? -1 : 1);
}

export const TOLD_HAPPENING_PHRASES: Rule[] = [
  /*
   * "left the city a week before the announcement", "two days after the strike", "three days after his arrest": counted from the happening it names, told
   * before with its day, whatever was dated since (guide); none told, it dates nothing. Only a bare noun closing the phrase, not
   * the first of a series (below), nor one whose day follows ("Two days after the breach, on Thursday, …"). The noun may name what
   * it struck ("Three days before the attack on the convoy, the governor had met …" after "Gunmen stopped a convoy … on Tuesday
   * evening"): the told happening is then found by either noun.
   */
  /*
   * "Two days before his inauguration, soldiers tried to seize the palace" after "was sworn in on 2 April": an inauguration is the
   * day its holder was sworn in, told in either words.
   */
  {
    pattern: new RegExp(`\\b${COUNT} (days?|weeks?) (before|after) (?:the|his|her|their) (?:inauguration|swearing-in)\\b(?!,?\\s+on\\s)`, 'gi'),
    needs: ['inauguration', 'swearing-in'],
    unit: 'day',
    amount: daysBeforeOrAfter,
    sameDayAs: true,
    recalls: 'sworn inaugurated inauguration',
  },
  {
    pattern: new RegExp(
      `\\b${COUNT} (days?|weeks?) (before|after) (?:the|his|her|its|their) (?:[a-z]+['’]s )?(?!(?:first|second|third|last|same|previous)\\b)([a-z]{4,}(?: (?:on|against|at) (?:the|its|their) [a-z]{4,})?)(?=\\s*[,.;:)]|\\s*$|\\s+(?:the|a|an|its|their|in)\\s)(?!,?\\s+on\\s)`,
      'gi',
    ),
    needs: ['before the', 'after the', 'before his', 'after his', 'before her', 'after her', 'before its', 'after its', 'before their', 'after their'],
    unit: 'day',
    amount: daysBeforeOrAfter,
    sameDayAs: true,
    namedGroup: 4,
  },
  /*
   * "The night before the attack, the mobile network went down", "the day after the strike", "On the eve of the vote": the day
   * next to the happening it names, told before with its day, as "a day before the attack" is; none told, it dates nothing.
   */
  {
    pattern:
      /\b(?:the (?:day|night|evening|morning) (before|after)|on the eve of) (?:the|his|her|its|their) (?:[a-z]+['’]s )?(?!(?:first|second|third|last|same|previous)\b)([a-z]{4,})(?=\s*[,.;:)]|\s*$|\s+(?:the|a|an|its|their)\s)(?!,?\s+on\s)/gi,
    needs: [
      'before the',
      'after the',
      'before his',
      'after his',
      'before her',
      'after her',
      'before its',
      'after its',
      'before their',
      'after their',
      'eve of',
    ],
    unit: 'day',
    amount: (_count, match) => ((match[1] ?? '').toLowerCase() === 'after' ? 1 : -1),
    sameDayAs: true,
    namedGroup: 2,
  },
  /*
   * "Two days after the fighting began, Erdoğan said …": counted from the happening's start the text told with its day ("the fighting
   * began … on 12 July"), found by its noun and its verb together, as "On the day the army reached the highway" is.
   */
  {
    pattern: new RegExp(`\\b${COUNT} (days?|weeks?) (before|after) the ([a-z]{4,} (?:began|started|broke out))\\b(?!,?\\s+on\\s)`, 'gi'),
    needs: ['began', 'started', 'broke out'],
    unit: 'day',
    amount: daysBeforeOrAfter,
    sameDayAs: true,
    namedGroup: 4,
    toldClause: true,
  },
  /*
   * "Within a week of the town's capture the first convoys had reached Stepanakert": the days after the happening it names, told
   * before with its day, as "within a week" counts the days after the one just told (guide), found as "a week after the capture" is.
   */
  {
    pattern: new RegExp(
      `\\bwithin ${COUNT} (days?|weeks?) of (?:the|his|her|its|their) (?:[a-z]+['’]s )?(?!(?:first|second|third|last|same|previous)\\b)([a-z]{4,})(?=\\s*[,.;:)]|\\s*$|\\s+(?:the|a|an|its|their)\\s)(?!,?\\s+on\\s)`,
      'gi',
    ),
    needs: ['within'],
    unit: 'day',
    amount: 1,
    span: (count, match) => ((match[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1) * count,
    sameDayAs: true,
    namedGroup: 3,
  },
  /*
   * "Four days before the first round, the opposition leader was kidnapped" after "The elections were held on 29 March and 19
   * April": the first round of a vote is its first voting day, the date of the sentence that told the vote (two dates joined by
   * "and" are the first, guide), whatever was dated since, as "two days after the strike" counts from the strike told; none told,
   * it dates nothing.
   */
  {
    pattern: new RegExp(`\\b${COUNT} (days?|weeks?) (before|after) the first round\\b(?:\\s+of\\s+(?:the\\s+)?(?:vote|voting|polls|elections?))?`, 'gi'),
    needs: ['the first round'],
    unit: 'day',
    amount: daysBeforeOrAfter,
    sameDayAs: true,
    recalls: 'elections vote polls',
  },
  /*
   * "On the day the army reached the highway, an air strike hit a convoy": the day of the happening the clause tells, told before
   * with its day ("On 19 August, they reached the M5 highway"), as "on the day of" a happening is (guide); found by its verb and
   * its object together (a name or two before the object's noun, "the M5 highway"); none told, it dates nothing.
   */
  {
    pattern:
      /^\s*On the day (?:that |when )?(?:the |its |their )?(?:[A-Za-z][\wÀ-ɏ'’-]*\s+){1,2}?([a-z]{4,} (?:the |its |their )?(?:[\wÀ-ɏ-]+ ){0,2}?[a-z][\wÀ-ɏ-]{3,})(?=,)/g,
    needs: ['on the day'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
    toldClause: true,
  },
  /*
   * "On the day the dome goes up, the bells ring again", "On the day the city fell, …": with no object, the clause's subject is found
   * among the sentences told before ("a new dome, which is lifted into place … on October 19"), as a happening's noun is.
   */
  {
    pattern: /^\s*On the day (?:that |when )?the ([a-z][\wÀ-ɏ-]{3,}) [a-z]{2,}(?: (?:up|down|off|in|out|back|open|through))?(?=,)/g,
    needs: ['on the day'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
  },
  // "On the same day as the signing ceremony": the day of the happening it names, told before (namedHappening.ts).
  { pattern: /\b(?:on )?the same day as the ((?:[a-z]+ ){0,2}[a-z]+)\b/gi, needs: ['the same day as the'], unit: 'day', amount: 0, sameDayAs: true },
  /*
   * "The same conference named al-Sharaa president", "At the same meeting, …": what a gathering the text told to the day did,
   * or what was done at it, is of its day, as "on the same day as" it is (guide); one told over several days is no day's.
   */
  // "At the same press conference, he said …": a word naming the gathering's kind may stand before it.
  {
    pattern: new RegExp(`(?:^|\\bat )the same (?:(?:press|news|party|peace|emergency) )?(${GATHERING})\\b`, 'gi'),
    needs: ['the same'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
  },
  /*
   * "The minister told the meeting that the commission cost too much", "addressed the summit": what a speaker told a gathering the
   * text has told to the day was done at it, of its day, as what is done at "the same meeting" is (guide).
   */
  {
    pattern: new RegExp(`\\b(?:told|addressed|briefed)\\s+the\\s+(${GATHERING})\\b`, 'gi'),
    needs: ['told the', 'addressed the', 'briefed the'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
  },
  // "Al-Sharaa … said at the signing ceremony in Damascus that …", after "signed the declaration on Thursday": what was said at a
  // gathering the text told to the day, named by its kind, is of its day too; one the text never told dates nothing.
  {
    pattern: new RegExp(`\\b(?:said|spoke|announced|declared|promised|warned|added)\\s+at\\s+the\\s+((?:[a-z-]+\\s+)?${GATHERING})\\b`, 'gi'),
    needs: [' at the '],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
  },
];
