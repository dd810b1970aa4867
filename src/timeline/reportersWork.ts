/**
 * In an investigative report the reporters tell their own work beside the story: "We went through
 * hours of radio intercepts from the first weeks of March", "We geolocated the video to the dam".
 * That work is no happening of the story (GUIDE.md), and a date in it dates the material, so the
 * sentence is skipped; what they hear or see happen ("A week later, we hear VOLNA-3 again") stays.
 */

/**
 * Verbs of gathering and checking material, of counting what it shows ("We counted at least 40 destroyed vehicles in videos from the
 * first week of October"), and of the reporters' own visit ("We visited the village on March 28", "We went back to the landing a
 * couple of days later") or time with the people they report on ("We followed a team of the State Emergency Service through three
 * villages over the spring", "We spent parts of June, July and August in Nikopol"), and whom they found or met there ("We found
 * Silgadji families in all three towns this month").
 */
const WORK_VERBS =
  'went\\s+through|gone\\s+through|go\\s+through|matched|cross-checked|geolocated|reviewed|verified|analy[sz]ed|examined|compared|traced|interviewed|spoke\\s+(?:to|with)|obtained|collected|gathered|reconstructed|pieced\\s+together|looked\\s+(?:at|through)|studied|sifted\\s+through|pored\\s+over|counted|tallied|visited|drove|travell?ed|went\\s+back|came\\s+back|returned|followed|accompanied|spent|found|met|talked\\s+(?:to|with)';
const ADVERB = '(?:(?:also|then|first|later|have|had)\\s+)?';

/** "We" (or a blog post's single writer, "I") opening the sentence, an optional adverb, then a verb of checking material. Reads only the first words. */
const REPORTERS_WORK = new RegExp(`^(?:We|I)\\s+${ADVERB}(?:${WORK_VERBS})\\b`);

/**
 * "We used videos posted by residents, satellite images and statements from both sides to reconstruct what happened to the depot
 * in March 2025": the material the reporters drew on, named before what they used it to work out, is their work as "we
 * reconstructed" is; its date is the story's span, not a happening.
 */
const MATERIAL_USED_TO =
  /^(?:We|I)\s+(?:used|combined|relied\s+on|drew\s+on)\s[^.;]{1,160}?\bto\s+(?:reconstruct|verify|piece\s+together|trace|establish|work\s+out|map|check|confirm)\b/;
/**
 * "We used 24 clips filmed by soldiers, volunteers and residents, and we spoke to four people who stayed in the town through the
 * summer": the material the report is made of, named by what it is, is the reporters' work, whatever the people they spoke to did.
 */
const MATERIAL_USED =
  /^(?:We|I)\s+used\s+(?:(?:about|some|more\s+than|over|nearly)\s+)?(?:\d+\s+)?(?:clips|videos|photos|photographs|images|recordings|posts)\b/;

/**
 * "Survivors we spoke to by phone this week said …", "The debris we filmed in Kyiv that morning — … — matches the Shahed-136", "Businessmen I spoke to in Damascus this week were
 * cautious": a date right after the reporters' verb, past only prepositions, articles and names, dates their filming or their
 * talks, not the debris or the mood they found (guide: their visit, and a state of things they found there).
 * Case matters: a name is capitalised, and any other word ("Footage we geolocated to Irpin shows
 * tanks on 3 March") ends the clause.
 */
const WORK_CLAUSE = new RegExp(
  `(?:\\b[Ww]e|\\bI)\\s+${ADVERB}(?:${WORK_VERBS}|filmed|recorded|photographed)(?:\\s+(?:in|at|on|near|from|to|into|over|outside|of|the|a|an|by\\s+(?:phone|telephone|video)|[A-Z][\\wÀ-ɏ'’-]*)){0,6}\\s+$`,
);

/** How far back from a date the clause is looked for: a verb and a few short words. */
const CLAUSE_REACH = 80;

/**
 * "Screenshot: Telegram, June 5", "Screenshot: Telegram, Oct. 4", "Screenshot: Telegram, Nov. 2, 2023": a line that only
 * credits where the material came from, a name and a date after the label's colon, is no event (GUIDE.md), and the date is the
 * material's, so it anchors nothing either.
 */
const SOURCE_CREDIT =
  /^(?:Screenshots?|Screen\s*grabs?|Photos?|Images?|Videos?|Footage|Source)(?:\s+(?:credit|courtesy))?\s*:\s*[A-Z][\wÀ-ɏ'’.-]*(?:\s+[A-Z][\wÀ-ɏ'’.-]*){0,3}\s*,\s*(?:[A-Z][a-z]{2,4}\.\s+)?[^.;:,]{1,25}?(?:,\s*\d{4})?\.?\s*$/;

/**
 * "On June 13 we return to the district with a drone.": the reporters' own visit told after the day it opens with is their work
 * too, no happening (GUIDE.md), but the day is stated and anchors what follows ("Residents who come back that afternoon …").
 */
const DATED_VISIT = /^(?:On|In|By|Later\s+on)\s[^,;.]{1,30}?,?\s+we\s+(?:return|returned|go\s+back|went\s+back|come\s+back|came\s+back|visit|visited)\b/;
/**
 * The same visit told around its day: "When we come back on May 28, her house still stands" (a state the reporters find, no
 * happening), "It's March 3 when we first drive in".
 */
const ARRIVAL = `we\\s+(?:first\\s+)?(?:return|returned|go\\s+back|went\\s+back|come\\s+back|came\\s+back|visit|visited|arrive|arrived|drive\\s+in|drove\\s+in|get\\s+there|got\\s+there)\\b`;
const VISIT_AROUND_DAY = new RegExp(`^When\\s+${ARRIVAL}|^It(?:'|’)?s\\s+[^,;.]{1,30}?\\s+when\\s+${ARRIVAL}`);

/** Whether a sentence opens with a day and tells the reporters' visit on it: an anchor, no event. */
export function datesReportersVisit(sentence: string): boolean {
  return DATED_VISIT.test(sentence) || VISIT_AROUND_DAY.test(sentence);
}

/** Whether a sentence tells the reporters' own work rather than a happening of the story. */
export function tellsReportersWork(sentence: string): boolean {
  return REPORTERS_WORK.test(sentence) || MATERIAL_USED_TO.test(sentence) || MATERIAL_USED.test(sentence) || SOURCE_CREDIT.test(sentence.trim());
}

/** Whether the date at `index` of a sentence dates the reporters' own work in a clause of it. */
export function datesReportersWork(flat: string, index: number): boolean {
  return WORK_CLAUSE.test(flat.slice(Math.max(0, index - CLAUSE_REACH), index));
}
