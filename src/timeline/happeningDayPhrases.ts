/**
 * Relative phrases placing a sentence on the day of a happening the text told: "on the day of the explosion", "on the night of the
 * accident", "was killed during the attack", "during the debate", "Speaking at the ceremony,", an opening "During the assault," or "During the fighting,".
 * `relativePhrases.ts` reads these where they stood in its list.
 */
import { GATHERING, HAPPENING, LASTING_FIGHT, ONE_MOVE, SPOKEN_AT, type Rule } from './relativeVocabulary.ts';

export const HAPPENING_DAY_PHRASES: Rule[] = [
  /*
   * "counted 20 dead on the day of the explosion": the day of the explosion the text told, whatever was dated since
   * ("On the day of the crash, …" after a paragraph on June), as "on the same day as" is; none told, the day just told.
   */
  {
    pattern: new RegExp(`\\bon the day of the (${HAPPENING})\\b`, 'gi'),
    needs: ['on the day of the'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
    orDayJustTold: true,
  },
  // "Two workers died on the night of the accident": a time of that happening's day, as "the night of March 5" is that day.
  {
    pattern: new RegExp(`\\bon the (?:night|morning|evening|afternoon) of the (${HAPPENING}|accident|disaster)\\b`, 'gi'),
    needs: ['night of the', 'morning of the', 'evening of the', 'afternoon of the'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
    orDayJustTold: true,
  },
  /*
   * "A pilot was killed during the attack" after "helicopters attacked the columns that afternoon": the day of the attack the
   * text just told, as "on the day of" it is (guide); one the text has not dated to the day dates nothing. Only after a verb
   * the sentence tells ("was killed", "died"): "Weapons captured during the attack were used" describes the weapons.
   */
  {
    pattern: new RegExp(`(?<=\\b(?:(?:was|were)\\s+[a-z]+|died)\\s)during the (${HAPPENING})\\b`, 'gi'),
    needs: ['during the'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
  },
  /*
   * "A first rally was held on 2 March, as the committee began discussing the bills. Scuffles broke out inside the committee room
   * during the debate": a happening told during a sitting is on its day, as at a gathering; told with other words, the sitting is
   * the one just told, so only a day the text stated dates it.
   */
  {
    pattern: new RegExp(`(?<=\\b(?:(?:was|were)\\s+[a-z]+|died|broke\\s+out|erupted)(?:\\s+[a-z]+){0,4}\\s)during the (debate|hearing|${GATHERING})\\b`, 'gi'),
    needs: ['during the'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
    orDayJustTold: true,
    dayAnchor: true,
  },
  /*
   * "The governor cut the ribbon shortly after 10 a.m. Speaking at the ceremony, the minister said …", "At the funeral, Kaboré promised
   * …": what was said at a gathering told before is said on its day, as a happening "during the debate" is; none told, the day
   * just told, when it is one.
   */
  {
    pattern: new RegExp(`^\\s*(?:Speaking\\s+)?at the (${SPOKEN_AT})(?=\\s*,)`, 'gi'),
    needs: ['at the'],
    unit: 'day',
    amount: 0,
    sameDayAs: true,
    orDayJustTold: true,
    dayAnchor: true,
  },
  /*
   * "On the night of 25 to 26 February the town was captured. During the assault, civilians were killed": an opening "During"
   * phrase naming one move places the sentence in the happening just told, the night's two days (guide); after one day, that day.
   */
  { pattern: new RegExp(`^\\s*During the ${ONE_MOVE}(?=\\s*,)`, 'g'), needs: ['during the'], unit: 'day', amount: 0, dayAnchor: true, duringTold: true },
  // "… killed in the fighting that day. During the fighting, stray fire wounded an Israeli officer": fighting lasts, so only when
  // the sentence just dated told fighting is the day just told its day, as for "after several hours of fighting".
  {
    pattern: new RegExp(`^\\s*During the ${LASTING_FIGHT}(?=\\s*,)`, 'g'),
    needs: ['during the'],
    unit: 'day',
    amount: 0,
    dayAnchor: true,
    ofFightingJustTold: true,
  },
];
