/**
 * How many people are left in a place, told after a date or anywhere in a sentence: a place's size, no happening (guide). Split
 * from `strengthEstimates.ts`, which reads a unit's or a side's strength the same way and asks here for a place's people.
 */

/**
 * "by 2017 the United Nations estimated that 93,500 remained", "By 2015 the town had about 2,000 inhabitants", "By the autumn of
 * 2023 about 1,600 civilians were estimated to remain in the city": the same count told after its date, whoever gives it ("In
 * November 2024 the head of the oblast's administration said that around 7,000 people remained", "On 31 May, the police said that
 * only about 200 residents remained"), and so when a bound hedges the figure ("estimated that fewer than 1,000 people remained"), as
 * it may when the count is told right after its date, a relative date's too ("Two days later the head of the town's military
 * administration said that about 200 residents remained"); read over the phrase after the date, not past a second clause joined by ", and",
 * nor into a "when" clause giving the time of a happening told before the date ("was granted the status of a town in 1984, when it had
 * about 6,000 inhabitants").
 */
const PEOPLE_LIVING_AFTER =
  /^(?:(?!,\s*(?:and|when)\b)[^.;]){0,100}?\b(?:(?:estimated|said|reported|stated)\s+that\s+(?:only\s+)?(?:about\s+|around\s+|some\s+|(?:fewer|less|more)\s+than\s+|under\s+|over\s+|nearly\s+|barely\s+)?\d[\d,.]*(?:\s+(?:people|civilians|residents|inhabitants))?\s+(?:remained|lived|still\s+lived)|\d[\d,.]*(?:\s+(?:hundred|thousand|million))?\s+(?:civilians|people|residents|inhabitants)\s+(?:were|was)\s+(?:estimated|believed|thought|said)\s+to\s+(?:live|remain)|(?:had|has)\s+(?:about\s+|around\s+|some\s+|only\s+|nearly\s+|over\s+)?\d[\d,.]*(?:\s+(?:hundred|thousand|million))?\s+(?:inhabitants|residents))\b/i;
/** Who is counted: "people", "of them", "of the village's 4,000 pre-war residents", or no one named ("fewer than forty are left"). */
const WHO_STAYS = String.raw`(?:(?:(?:displaced\s+)?(?:civilians|people|residents|inhabitants|children)|refugees|of\s+them|of\s+(?:the\s+[\wÀ-ɏ'’-]+|its|their)\s+(?:\d[\d,.]*\s+)?(?:pre-war\s+)?(?:civilians|people|residents|inhabitants))\s+|(?=are\s+(?:still\s+)?left\b)|(?=(?:still\s+)?remain(?:ed)?\b))`;
/**
 * A source named between the date and its count: "By then, the military administration says, about 2,000 people are still living",
 * "By November, according to Leontyev, fewer than 20,000 people are left", "By mid-February the local council estimated that fewer
 * than 500 residents were still living in Kafr Nabl", "By the end of November, residents tell us, only 31 people remain", "At the end
 * of May the village head counts 140 people still living in Veterynarne".
 */
const SOURCE_BETWEEN = String.raw`(?:[^,;.]{1,60}\s(?:says|said|say|(?:tell|tells|told)\s+us),\s+|according\s+to\s+[^,;.]{1,60},\s+|[^,;.]{1,60}\s(?:tells|told)\s+us\s+that\s+|[^,;.]{1,60}\s(?:estimated|estimates)\s+that\s+|[^,;.]{1,60}\s(?:counts|counted)\s+)?`;
/**
 * The same count right after its date, told as its people staying: "by the spring of 2024 only about 3,000 residents remained",
 * and so when a bound hedges it, "By the end of 2022, fewer than 2,000 people remained", and in a report told in the present ("By
 * mid-September 2025, fewer than 2,000 of them remain", "By the spring of 2024 fewer than a thousand people are left", "By the end
 * of 2024 fewer than ten residents were still living in the village", "fewer than ten residents were reported to remain by the end
 * of the year", "in March 2025 fewer than forty are left", "some 2,500 people were again living in the village", "about 500 of
 * the village's 4,000 pre-war residents are still living there", "about 80 people are left on the right bank", "31 children are still
 * in the village"), or the share of them gone ("about half of the city's 100,000
 * pre-war residents have left", "As of 2023, most of its former inhabitants were still living in Dori"), a share of them still
 * there ("estimated in 2024 that fewer than half of them still lived there"), and after the
 * estimating verb's date ("The United Nations estimated
 * in late 2015 that some 200,000 civilians remained", unless ", and that" reports more): still the place's size, not a happening.
 * Those who "remained in intensive care" or "in custody" are the wounded or the held, counted on the day told, no place's people.
 */
const PEOPLE_STAYING = String.raw`(?:only\s+)?(?:about\s+|around\s+|some\s+|(?:fewer|less|more)\s+than\s+|under\s+|over\s+|nearly\s+|barely\s+)?(?:\d[\d,.]*|an?(?=\s+(?:few\s+)?(?:hundred|thousand))|half(?=\s+of\s)|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|a\s+dozen|(?:a\s+few|several)\s+dozen|no)(?:\s+(?:few\s+)?(?:hundred|thousand))?\s+${WHO_STAYS}(?:(?:were|was|are|is)\s+(?:reported|estimated|believed|thought|said)\s+to\s+)?(?:still\s+)?(?:remained|lived|remain|live|(?:are|were)\s+(?:still\s+|now\s+|again\s+)?(?:left|living)|(?:are|were)\s+still(?=\s+in\s)|still\s+living)(?=\s*(?:[.;,]|$)|\s+(?:in|there|here|at|by|on)\b(?!\s+(?:intensive\s+care|hospital|custody|detention|captivity|prison|jail|a\s+(?:serious|critical|stable))\b))|(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?(?:half|a\s+third|two\s+thirds|a\s+quarter)\s+of\s+the\s+[\wÀ-ɏ'’-]+\s+(?:\d[\d,.]*\s+)?(?:pre-war\s+)?(?:civilians|people|residents|inhabitants|population)\s+(?:have|had)\s+(?:left|fled|gone)(?:\s+the\s+(?:city|town|village|region))?(?=\s*(?:[.;,]|$))|(?:most|many|some|all)\s+of\s+(?:its|their|the\s+[\wÀ-ɏ'’-]+)\s+(?:former|pre-war)\s+(?:civilians|people|residents|inhabitants)\s+(?:were|are)\s+still\s+living\b`;
// ", and by the end of that year the council estimated that about 7,000 people were living …" is a clause of its own, no source
// between a date and its count: the date before it tells its own happening ("Residents began to return in the spring of 2017").
const PEOPLE_STAYING_AFTER = new RegExp(
  String.raw`^,?\s+(?!(?:and|but|while|whereas)\s)(?:that\s+(?![^.;]*,\s*and\s+that\b))?${SOURCE_BETWEEN}${PEOPLE_STAYING}`,
  'i',
);
/**
 * The same count in a sentence no date of its own dates ("Volunteers tell us that by the end of September fewer than 2,000 people
 * remain in the town", its date left out as the count's): a place's size, which a clip's day before it does not make a happening.
 */
const PEOPLE_STAYING_ANYWHERE = new RegExp(String.raw`(?:^|\s)${PEOPLE_STAYING}`, 'i');

/** Whether a sentence tells how many people are left in a place (see PEOPLE_STAYING_ANYWHERE). */
export function countsPeopleLeft(sentence: string): boolean {
  return PEOPLE_STAYING_ANYWHERE.test(sentence);
}

/**
 * Whether the words after a date count the people left in a place (see PEOPLE_LIVING_AFTER, PEOPLE_STAYING_AFTER); `said`, whether
 * the words before it tell a saying on a day the post counts (`saysOnDay`), which makes a count told as people staying that day's.
 */
export function tellsPeopleLeft(phraseAfter: string, said: boolean): boolean {
  return PEOPLE_LIVING_AFTER.test(phraseAfter) || (PEOPLE_STAYING_AFTER.test(phraseAfter) && !said);
}
