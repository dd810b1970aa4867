/**
 * "Shusha remained under Armenian control for the rest of the war, which ended with the Bishkek ceasefire of 12 May 1994": a state
 * held for the rest of a war or period whose end a relative clause dates is dated by that bound, as "held the town until 3 May" is
 * (GUIDE.md: a past state bounded by a date). There the clause gives the state's end, not a named thing's own past, which a
 * "which ended with …" clause elsewhere tells. `storyDate.ts` asks; the pattern reads only the words just before the date.
 */
const REST_OF_PERIOD_ENDED =
  /\bfor\s+the\s+rest\s+of\s+(?:the|its|their)\s+(?:[\wÀ-ɏ'-]+\s+){0,2}?[\wÀ-ɏ'-]+,\s*which\s+ended\s+(?:with\s+(?:the|a|an)\s+(?:[\wÀ-ɏ'–-]+\s+){0,3}?of|on|in)\s+$/i;

/**
 * "Russian troops occupied the village … and held it until the Ukrainian counteroffensive in Kharkiv Oblast, which reached Lyptsi
 * on 11 September 2022": a state held until a happening whose day a relative clause gives is bounded by that day, as "until 3
 * May" would be. Only a verb of holding or occupying before the "until".
 */
const HELD_UNTIL_HAPPENING =
  /\b(?:held|occupied|controlled|kept|remained\s+in)\b[^;.]{0,40}?\suntil\s+the\s+[^,;.]{1,100},\s*which\s+(?:[a-z]+\s+){1,4}?(?:on|in)\s+$/i;

/** Whether a date ends a relative clause giving the end of the period a state was held "for the rest of", or "until". */
export function boundsRestOfPeriod(phraseBefore: string): boolean {
  return REST_OF_PERIOD_ENDED.test(phraseBefore) || HELD_UNTIL_HAPPENING.test(phraseBefore);
}
