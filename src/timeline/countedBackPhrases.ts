/**
 * Relative phrases that place the happening just told a count after an earlier one named only there ("The massacre came five
 * days after an ambush …"): the sentence tells that earlier happening, a flashback counted back from the day the text told
 * its subject (guide). `relativePhrases.ts` reads these where they stand in its list.
 */
import { COUNT, HAPPENING, NUMBERS, type Rule } from './relativeVocabulary.ts';

/** An act of government or of a court told as one happening: "The decree came two weeks after a commission criticised …". */
const ACT_TOLD = 'announcement|statement|decision|decree|arrest|vote|dismissal|reshuffle|resignation|verdict';

export const COUNTED_BACK_PHRASES: Rule[] = [
  /*
   * "The massacre came five days after an ambush near Aorema in which 40 soldiers had been killed": the happening just told,
   * placed a count after an earlier one named only here, tells that earlier one, a flashback counted back from the day just
   * told (guide); its subject names a happening, an act too ("The decree came two weeks after a parliamentary commission
   * criticised …"), so it is no count from an undated one ("a day after they attacked a convoy").
   */
  {
    pattern: new RegExp(
      `(?<=^\\s*The (${HAPPENING}|massacres?|killings|ambush|raid|${ACT_TOLD}) (?:came|occurred|took place|happened) )${COUNT} (days?|weeks?) after(?=\\s+(?:an?|the)\\s)`,
      'g',
    ),
    needs: ['day after', 'days after', 'week after', 'weeks after'],
    unit: 'day',
    // The first group is the subject, so the count is read here from the second.
    amount: (_subject, match) => {
      const word = (match[2] ?? '').toLowerCase();
      return -((match[3] ?? '').toLowerCase().startsWith('week') ? 7 : 1) * (NUMBERS[word] ?? Number.parseInt(word, 10));
    },
    dayAnchor: true,
    // Counted back from the subject's day when the text told it, whatever was dated since ("dismissed the government on Friday, in a
    // decree … On Saturday evening, he named … The decree came two weeks after"); else from the day just told.
    sameDayAs: true,
    orDayJustTold: true,
  },
  /*
   * "The announcement came a few hours after the French foreign minister left N'Djamena": the same flashback counted in hours
   * stays in the day just told, as "hours later" does (guide), and tells the earlier happening of that day.
   */
  {
    pattern: new RegExp(
      `(?<=^\\s*The (?:${HAPPENING}|massacres?|killings|ambush|raid|${ACT_TOLD}) (?:came|occurred|took place|happened) )(?:(?:only|just)\\s+)?(?:a few|several|some|${COUNT}) hours after(?=\\s+(?:an?|the)\\s)`,
      'g',
    ),
    needs: ['hours after'],
    unit: 'day',
    amount: 0,
    dayAnchor: true,
  },
];
