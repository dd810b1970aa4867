/**
 * In an investigative report the reporters tell their own work beside the story: "We went through
 * hours of radio intercepts from the first weeks of March", "We geolocated the video to the dam".
 * That work is no happening of the story (GUIDE.md), and a date in it dates the material, so the
 * sentence is skipped; what they hear or see happen ("A week later, we hear VOLNA-3 again") stays.
 */

/** "We" opening the sentence, an optional adverb, then a verb of checking material. Reads only the first words. */
const REPORTERS_WORK =
  /^We\s+(?:(?:also|then|first|later|have|had)\s+)?(?:went\s+through|gone\s+through|go\s+through|matched|cross-checked|geolocated|reviewed|verified|analy[sz]ed|examined|compared|traced|interviewed|spoke\s+(?:to|with)|obtained|collected|gathered|reconstructed|pieced\s+together)\b/;

/** Whether a sentence tells the reporters' own work rather than a happening of the story. */
export function tellsReportersWork(sentence: string): boolean {
  return REPORTERS_WORK.test(sentence);
}
