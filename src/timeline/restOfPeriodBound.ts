/**
 * "Shusha remained under Armenian control for the rest of the war, which ended with the Bishkek ceasefire of 12 May 1994": a state
 * held for the rest of a war or period whose end a relative clause dates is dated by that bound, as "held the town until 3 May" is
 * (GUIDE.md: a past state bounded by a date). There the clause gives the state's end, not a named thing's own past, which a
 * "which ended with …" clause elsewhere tells. `storyDate.ts` asks; the pattern reads only the words just before the date.
 */
const REST_OF_PERIOD_ENDED =
  /\bfor\s+the\s+rest\s+of\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+,\s*which\s+ended\s+(?:with\s+(?:the|a|an)\s+(?:[\w'–-]+\s+){0,3}?of|on|in)\s+$/i;

/** Whether a date ends a relative clause giving the end of the period a state was held "for the rest of". */
export function boundsRestOfPeriod(phraseBefore: string): boolean {
  return REST_OF_PERIOD_ENDED.test(phraseBefore);
}
