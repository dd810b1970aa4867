/**
 * Relative phrases of a span of days counted from the day just told: "during the next two days", "for the
 * next four weeks,", "Over three days,", "within three days", "in the 48 hours since". `relativePhrases.ts`
 * reads these where they stand in its list.
 */
import { COUNT, type Rule } from './relativeVocabulary.ts';

export const DAY_SPAN_PHRASES: Rule[] = [
  // "The streets are empty for the next two days": a state held over those days is that range too, as "over the next two days" is (guide),
  // and so are nights counted so ("Over the next three nights Russia sends drones"), each a night of one of those days.
  {
    pattern: new RegExp(`\\b(?:during|over|in|within|for) the (?:next|following) ${COUNT} (?:days|nights)\\b`, 'gi'),
    needs: ['next', 'following'],
    unit: 'day',
    amount: 1,
    span: (count) => count,
  },
  /*
   * "For the next four weeks, the district was shelled daily": a span counted in weeks, from the day after the one just told, when
   * it opens the sentence and frames its clause, with a comma or before the clause's subject ("Over the next two weeks the welders
   * work in shifts", "Over the next two weeks Ukrainian drone units report …", "Over the next two weeks engineers cleared more than 300
   * mines", "Over the next two weeks sappers clear the road", "For the next two weeks most people live in their cellars": a bare
   * plural subject, in the past or a report's present); further on it measures a count or a state ("nine attacks in the following two
   * weeks", "for the following five weeks the city was encircled until …").
   */
  {
    pattern: new RegExp(
      `^(?:[Dd]uring|[Oo]ver|[Ii]n|[Ww]ithin|[Ff]or) the (?:next|following) ${COUNT} weeks\\b(?=,|\\s+(?:the|a|an|its|their|they|we|he|she)\\s|\\s+\\p{Lu}[\\p{L}'’-]+\\s|\\s+(?:(?:most|many|some|all)\\s+)?[a-z]{3,}(?<!ed)\\s+[a-z]{3,}\\b)`,
      'gu',
    ),
    needs: ['next', 'following'],
    unit: 'day',
    amount: 1,
    span: (count) => count * 7,
  },
  // "Army communiqués over the following two weeks reported …": the same span between a short subject and its verb in the past.
  {
    pattern: new RegExp(`(?<=^[A-Z][^\\s,;.]*(?:\\s+[a-z][^\\s,;.]*){0,2}\\s)(?:during|over) the (?:next|following) ${COUNT} weeks(?=\\s+[a-z]{3,}ed\\b)`, 'g'),
    needs: ['next', 'following'],
    unit: 'day',
    amount: 1,
    span: (count) => count * 7,
    dayAnchor: true,
  },
  // "…, where fighting went on for the next six weeks.": fighting that went on over those weeks closing its clause is the same span (guide), and
  // so is a side holding on "for another two weeks", a few words of place between.
  {
    pattern: new RegExp(
      `(?<=\\b(?:went\\s+on|continued|lasted|raged|held\\s+on|held\\s+out)\\s(?:[^\\s,;.]+\\s){0,8})for (?:the (?:next|following)|another) ${COUNT} weeks(?=\\s*(?:[,.;]|$))`,
      'gi',
    ),
    needs: ['next', 'following', 'another'],
    unit: 'day',
    amount: 1,
    span: (count) => count * 7,
    dayAnchor: true,
  },
  /*
   * "took several villages in the first two weeks" after "on 6 May the army launched a ground offensive": the first weeks of the
   * happening just told, bounded by their count as "the first week" of an operation is, counting its first day (6–19 May); only
   * from a day ("in the first weeks" is unbounded, and a count of one week is the story's, see `storyDayPhrases.ts`).
   */
  {
    pattern: new RegExp(`\\b(?:during|in|over|within|throughout) the first ${COUNT} weeks\\b(?!\\s+(?:of|in|after|since|before)\\b)`, 'gi'),
    needs: ['the first'],
    unit: 'day',
    amount: 0,
    span: (count) => count * 7 - 1,
    dayAnchor: true,
  },
  /*
   * "Over three days, mobs attacked …" after "On 27 February, a pogrom broke out": a count of days with no "next" opening the
   * sentence measures the happening just told, counting its first day (27–29 February), unlike "Over the next three days".
   */
  { pattern: new RegExp(`^(?:over|during) ${COUNT} days\\b(?=,)`, 'gi'), needs: ['days'], unit: 'day', amount: 0, span: (count) => count - 1 },
  /*
   * "On the last day, the participants adopted a charter" after "From 10 to 12 September, the junta held consultations": the last
   * day of the range just told, as "at the end of the battle" is the battle's last day (guide); after a single day it names none.
   */
  {
    pattern: /^(?:On|By) (?:the|its|their) (?:last|final|closing) day(?=\s*,)/g,
    needs: ['last day', 'final day', 'closing day'],
    unit: 'day',
    amount: 0,
    dayOfSpan: 'last',
  },
  // "Within three days, it had captured 60 villages": the same span without "next"; "within three days of the attack" counts from the attack.
  { pattern: new RegExp(`\\bwithin ${COUNT} days\\b(?!\\s+of\\b)`, 'gi'), needs: ['within'], unit: 'day', amount: 1, span: (count) => count },
  /*
   * "Seven Lebanese were killed and 52 wounded over the two days" after the second of two days told: the days just told, up to
   * the day just told, as "In two days of fighting," counts forward from the first; not what a side claims to have done over them
   * ("claimed to have destroyed more than 60 tanks over the two days"), a claim the text does not date.
   */
  {
    pattern: new RegExp(
      `(?<!\\bclaim(?:ed|s)\\b[^,;.]{0,100})\\b(?:over|during|across) the ${COUNT} days\\b(?!\\s+(?:of|after|before|since|that|following|to)\\b)`,
      'gi',
    ),
    needs: ['days'],
    unit: 'day',
    amount: (count) => 1 - count,
    span: () => 0,
    dayAnchor: true,
  },
  /*
   * "In two days of fighting, the rebels lost the town" after the day an attack began: the same count of the happening just told,
   * named by what filled those days, counting its first day as "Over three days," does.
   */
  {
    pattern: new RegExp(`^(?:in|over|during) ${COUNT} days of [a-z-]+(?: [a-z-]+)?(?=,)`, 'gi'),
    needs: ['days of'],
    unit: 'day',
    amount: 0,
    span: (count) => count - 1,
  },
  // "The rebels withdrew, and at least 31 civilians were killed in three days of fighting": the same days, of whom that befell, from a stated day.
  {
    pattern: new RegExp(`(?<=\\b(?:was|were)\\s+[a-z]+ed\\s)(?:in|over|during) ${COUNT} days of [a-z-]+(?=[,.;]|$)`, 'gi'),
    needs: ['days of'],
    unit: 'day',
    amount: 0,
    span: (count) => count - 1,
    dayAnchor: true,
  },
  /*
   * "Within a week the army had reached the river": a count of weeks so written is a span as "within three days" is, from the day
   * after the one just told (guide). Further on ("the streets were dry within a week") it measures how long the happening its
   * clause dates took, unless it closes a clause it alone dates ("Jarjanaz and more than forty villages fell within a week," after
   * the attack of 19 December): then it is that span too, counted only from a day the text stated, as "within three days" is.
   */
  {
    pattern: new RegExp(`(?:^|(?<=,\\s+and\\s+))within ${COUNT} weeks?\\b(?!\\s+(?:of|after|before)\\b)`, 'gi'),
    needs: ['within'],
    unit: 'day',
    amount: 1,
    span: (count) => count * 7,
  },
  {
    pattern: new RegExp(
      `(?<=\\b(?:[a-z]{2,}ed|fell|fled|left|broke\\s+down|gave\\s+way)(?:\\s+[a-z]+){0,3}\\s)within ${COUNT} weeks?(?=\\s*(?:[,.;]|$))`,
      'gi',
    ),
    needs: ['within'],
    unit: 'day',
    amount: 1,
    span: (count) => count * 7,
    dayAnchor: true,
  },
  /*
   * "In the 48 hours since, Israel has struck …" after "Assad fell on Sunday": a span bounded at both ends, from the day just
   * told to the day it ends, unlike the open "since the start of December" of a count.
   */
  {
    pattern: new RegExp(`\\b(?:in|over|during) the (?:past |last )?${COUNT} hours since\\b(?=\\s*,|\\s+then\\b|\\s+the\\s)`, 'gi'),
    needs: ['hours since'],
    unit: 'day',
    amount: 0,
    span: (hours) => Math.ceil(hours / 24),
  },
  {
    pattern: new RegExp(`\\b(?:in|over|during) the (?:past |last )?${COUNT} days since\\b(?=\\s*,|\\s+then\\b|\\s+the\\s)`, 'gi'),
    needs: ['days since'],
    unit: 'day',
    amount: 0,
    span: (days) => days,
  },
];
