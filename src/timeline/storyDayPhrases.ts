/**
 * Relative phrases that count from the story the article tells rather than from the day just told:
 * "on the second day of the battle", "four days into the offensive", "the morning after the strike",
 * "the 27th day in the basement", "on the day of the attack", "by the end of the operation", "in the
 * first week", "within the first two days". `resolveDate` finds the story's first (or last) day from the infobox, the title or
 * the section's first date. `relativePhrases.ts` reads these first, where they stood in its list.
 */
import { CONFINEMENT, COUNT, MOMENT_OR_ATTACKS, MOMENT_STORY, ORDINAL, STORY_NOUN, type Rule } from './relativeVocabulary.ts';
import { FULL_WAR_NAME } from './warStarts.ts';

export const STORY_DAY_PHRASES: Rule[] = [
  {
    pattern: new RegExp(`\\b(?:on |by |during |through )?the ${ORDINAL} day of the ${STORY_NOUN}\\b`, 'gi'),
    needs: ['day of the'],
    unit: 'day',
    amount: (n) => n - 1,
    fromStory: true,
  },
  /*
   * "Azerbaijan launched artillery and drone strikes on 13 September … Units of the corps held the heights through the first day of
   * fighting": fighting named without its article is the fighting the sentence just dated told, counted from its day.
   */
  {
    pattern: new RegExp(`\\b(?:on |by |during |through )?the ${ORDINAL} day of (?:fighting|clashes)\\b`, 'gi'),
    needs: ['day of fighting', 'day of clashes'],
    unit: 'day',
    amount: (n) => n - 1,
    ofFightingJustTold: true,
    dayAnchor: true,
  },
  { pattern: new RegExp(`\\b${COUNT} days into the ${STORY_NOUN}\\b`, 'gi'), needs: ['days into the'], unit: 'day', amount: (n) => n - 1, fromStory: true },
  /*
   * "Six Russian soldiers were killed on the first day of that offensive": "that" points back to the happening the text just told
   * with its day ("its one-day offensive of 19 September 2023"), not to the article's own story, so the day counts from it; none
   * told, from the day just told.
   */
  {
    pattern: new RegExp(`\\b(?:on |by |during )?the ${ORDINAL} day of (?:that|this) ${STORY_NOUN}\\b`, 'gi'),
    needs: ['day of that', 'day of this'],
    unit: 'day',
    amount: (n) => n - 1,
    sameDayAs: true,
    namedGroup: 2,
    orDayJustTold: true,
  },
  // "On the first day of the Russian invasion of Ukraine": a war named in full has one first day, whatever the article is part of.
  {
    pattern: new RegExp(`\\b(?:on |by |during )?the ${ORDINAL} day of the ${FULL_WAR_NAME}\\b`, 'gi'),
    needs: ['day of the'],
    unit: 'day',
    amount: (n) => n - 1,
    fromStory: true,
  },
  // "The army took part in the Russian invasion of Ukraine from its first day": the war named in full just before, its first day.
  {
    pattern: new RegExp(`\\b(the) ${FULL_WAR_NAME},? (?:from|since|on) (?:its|the) (?:very )?first day\\b`, 'gi'),
    needs: ['first day'],
    unit: 'day',
    amount: 0,
    fromStory: true,
  },
  /*
   * "Drone footage filmed the morning after the strike", "The day after the attacks": the day after the one-moment happening the article is about (its
   * title names it), as "the next morning" is after the day just told. A strike the title does not name counts from the
   * strike the text told with its day; none told, it dates nothing.
   */
  {
    pattern: new RegExp(`\\b(?:on )?the (morning|day) after the ${MOMENT_OR_ATTACKS}\\b`, 'gi'),
    needs: ['morning after the', 'day after the'],
    unit: 'day',
    amount: 1,
    fromStory: true,
    orHappeningTold: true,
  },
  // "A week after the strike, the city begins dismantling": counted from the day of that one-moment happening, whatever was dated since.
  {
    pattern: new RegExp(`\\b${COUNT} (?:days?|weeks?) after the ${MOMENT_STORY}\\b`, 'gi'),
    needs: ['after the'],
    unit: 'day',
    amount: (count, match) => (/\bweeks?\b/i.test(match[0]) ? 7 : 1) * count,
    fromStory: true,
    orHappeningTold: true,
  },
  /*
   * "Two months after the fall of the town, a mutiny forced the president to flee": the fall that ended the battle the article
   * tells, its last day (outside the lead, with a closed span), counted in months as "two months later" is, or in days and weeks.
   */
  {
    pattern: new RegExp(`\\b${COUNT} months? after the (?:fall|capture) of the (?:town|city|village)\\b`, 'gi'),
    needs: ['after the fall of the', 'after the capture of the'],
    unit: 'month',
    amount: (count) => count,
    fromStory: true,
    story: 'fighting',
    fromEnd: true,
  },
  {
    pattern: new RegExp(`\\b${COUNT} (days?|weeks?) after the (?:fall|capture) of the (?:town|city|village)\\b`, 'gi'),
    needs: ['after the fall of the', 'after the capture of the'],
    unit: 'day',
    amount: (count, match) => (/^weeks?$/i.test(match[2] ?? '') ? 7 : 1) * count,
    fromStory: true,
    story: 'fighting',
    fromEnd: true,
  },
  // "became acting president on the day Lachin fell": the fall of the place the title names ends the story, on its last day.
  {
    pattern: /\bon the (day) (?:that |when )?([A-Z][\wÀ-ɏ'’-]+) (?:fell|was captured|was taken)\b/g,
    needs: ['on the day'],
    unit: 'day',
    amount: 0,
    fromStory: true,
    fromEnd: true,
  },
  // "On the 27th day in the basement": a confinement the article is about (its title names it), counted from its first day as a battle's is.
  {
    pattern: new RegExp(`\\b(?:on |by )?the ${ORDINAL} day (?:in|of) (?:the )?${CONFINEMENT}\\b`, 'gi'),
    needs: ['day in', 'day of'],
    unit: 'day',
    amount: (n) => n - 1,
    fromStory: true,
  },
  // "said on the day of the attack that …": a one-day story's day (guide: "on the day of" a happening told is its day), and so is
  // "On the evening of the attack", a time of that day.
  {
    pattern: new RegExp(`\\b(?:on )?the (?:very )?(?:day|morning|afternoon|evening|night) of the ${STORY_NOUN}\\b`, 'gi'),
    needs: ['day of the', 'morning of the', 'afternoon of the', 'evening of the', 'night of the'],
    unit: 'day',
    amount: 0,
    fromStory: true,
    dayOfStory: true,
  },
  // "overran a dozen villages in the first hours of the offensive": its first day, as "within hours" stays in the day just told;
  // and so "ran out of ammunition within the first hour of the attack", however far on the text has gone since.
  {
    pattern: new RegExp(`\\b(?:in|during|within|over) the (first|opening|early) (?:few )?hours? of the ${STORY_NOUN}\\b`, 'gi'),
    needs: ['hours of the', 'hour of the'],
    unit: 'day',
    amount: 0,
    fromStory: true,
  },
  // "By the end of the operation, monitors had counted 478 dead": the story's last day (its first group is the preposition).
  {
    pattern: new RegExp(`\\b(by|at|towards?) the end of the ${STORY_NOUN}\\b`, 'gi'),
    needs: ['the end of the'],
    unit: 'day',
    amount: 0,
    fromStory: true,
    fromEnd: true,
  },
  // "During the first week of the invasion": its first seven days.
  {
    pattern: new RegExp(`\\b(?:during|in|over|throughout) the ${ORDINAL} week of the ${STORY_NOUN}\\b`, 'gi'),
    needs: ['week of the'],
    unit: 'day',
    amount: (n) => 7 * (n - 1),
    fromStory: true,
    span: (n) => 7 * n - 1,
  },
  // "offered aircraft in the first week": the first seven days of the story the article tells (no other named), as of the invasion.
  {
    pattern: new RegExp(`\\b(?:during|in|over|throughout) the ${ORDINAL} week\\b(?!\\s+(?:of|in|after|since|before)\\b)`, 'gi'),
    needs: ['week'],
    unit: 'day',
    amount: (n) => 7 * (n - 1),
    fromStory: true,
    story: 'fighting',
    span: (n) => 7 * n - 1,
  },
  /*
   * "captured three villages within the first two days", "For the first three days, the attackers took only the villages": the
   * story's first days, bounded by their count as "the first week" is,
   * told right after its first day; later ("had been killed in the first three days" of an offensive of the story's third year)
   * they are the days of a happening just told, not the story's.
   */
  {
    pattern: new RegExp(`\\b(?:during|in|over|within|throughout|for) the first ${COUNT} days\\b(?!\\s+(?:of|in|after|since|before)\\b)`, 'gi'),
    needs: ['the first'],
    unit: 'day',
    amount: 0,
    fromStory: true,
    story: 'fighting',
    span: (n) => n - 1,
    justBegun: true,
  },
  // "The evacuation starts on the first evening": a time of day of the story's first day, whatever was dated since (guide); not
  // "night" describing the noun after it ("Forecasters expect the first night frosts early next week").
  {
    pattern:
      /\b(?:on |during |in |since )?the first (?:evening|night)\b(?!\s+(?:of|in|after|since|before|frosts?|shifts?|trains?|flights?|bus(?:es)?|sessions?)\b)/gi,
    needs: ['the first'],
    unit: 'day',
    amount: 0,
    fromStory: true,
    story: 'fighting',
  },
  // "By the end of the first week, the attackers had taken villages": the week's last day, of the story the article tells (no other named).
  {
    pattern: new RegExp(`\\b(?:by|at) the end of the ${ORDINAL} week\\b(?!\\s+(?:of|in|after|since)\\b)`, 'gi'),
    needs: ['the end of the'],
    unit: 'day',
    amount: (n) => 7 * n - 1,
    fromStory: true,
    story: 'fighting',
  },
];
