/**
 * Dates that tell how things stood, not a happening (guide: descriptions, comparisons, durations): what a copula says its
 * subject was made of, the thing a sentence compares another with, the state a return is measured against, the start a
 * duration is counted from, the day something still had not happened. A place's people counted, and who they were, are in
 * populationFigures.ts; estimates of a force's strength are in strengthEstimates.ts and of the people left in peopleLeft.ts.
 * `storyDate` asks for a strength and a population figure first (their dates still anchor what follows). Every pattern reads
 * only the words next to the date.
 */

/**
 * The date of a thing a sentence compares another with names that thing, it tells no happening:
 * "compared the assault with the failed attack on the town in February", "drew parallels between
 * the conflict and the annexation of Crimea in 2014"), or an example of it after ", such as" ("compared the
 * battle with earlier defeats, such as the loss of Kidal in 2014"), or in a clause describing it ("compared the battle with the
 * fighting for Robotyne, which Ukrainian forces entered on 28 August"). Otherwise comma-free, so it reads one phrase only.
 */
const COMPARED_WITH =
  /\b(?:compared|compares|comparing|likened|likens|likening|contrasted|parallels?)\b[^,;.]*\b(?:with|to|between)\s[^,;.]*(?:,\s*(?:such as|including|like|which|where)\s[^,;.]*)?$/i;
/**
 * A likeness drawn the other way, the earlier things as the object of a verb of resembling ("the attack matched the pattern
 * of the group's raids on army camps in 2019 and 2020", "the assault resembled the attack on the base in 2019", "the country is
 * following the path that Belarus took after 2020"): their date
 * names them, as a compared thing's does, and tells no happening. Comma-free, with an optional ", such as" example.
 */
const RESEMBLED =
  /\b(?:resembled|resembles|mirrored|mirrors|(?:matched|matches|followed|follows|fitted|fits)\s+the\s+pattern\s+of|(?:is|are|was|were)\s+following\s+the\s+(?:path|road|example|model)\s)\s*[^,;.]*(?:,\s*(?:such as|including|like)\s[^,;.]*)?$/i;
/**
 * The other side of a comparative's "than" ("received far less attention than the first, in March 2016", "the fighting was
 * heavier than in 2016", "lost more men than it had in May", a post's "began to drop earlier than it did last year"): that date
 * names the thing compared with, a comparison's date (guide), not the sentence's. Only "than" followed by what is compared, never a figure ("more than 300 were killed in").
 */
const COMPARED_THAN =
  /\bthan\s+(?:(?:(?:the|its|their)\s+(?:first|second|last|previous|earlier|one|ones)(?:\s+[a-z]+)?,?\s+)?(?:in|on|of|during)\s+(?:the\s+)?|(?:it|they|he|she|we)\s+(?:did|had|was|were)\s+(?:(?:in|on|of|during)\s+(?:the\s+)?)?)$/i;
/**
 * "too low for a flood like that of 2002", "a winter as harsh as that of 2012": a thing likened to one of another time names that
 * time for the comparison (guide: a comparison's date), no happening of the sentence.
 */
const LIKENED_TO = /\b(?:like|as|to)\s+(?:that|those|the\s+ones?)\s+of\s+(?:the\s+)?$/i;
/**
 * "the 2014 census recorded 412 inhabitants, against 1,068 in 2002", "3 million tonnes, up from 1.2 million in 2019": a figure set
 * against the figure of another time names that time for the comparison (guide), no happening of it.
 */
const FIGURE_AGAINST =
  '\\b(?:against|up\\s+from|down\\s+from|compared\\s+(?:with|to))\\s+(?:about\\s+|around\\s+|some\\s+|nearly\\s+|just\\s+|(?:more|fewer|less)\\s+than\\s+)?\\d[\\d,.]*(?:\\s*(?:hundred|thousand|million|billion|per\\s*cent|%))?(?:\\s+[a-z]+){0,2}?\\s+';
const FIGURE_SET_AGAINST = new RegExp(`${FIGURE_AGAINST}(?:in|on|during|by)\\s+(?:the\\s+)?$`, 'i');
/**
 * "half as many as in 2015", "four times as much cargo as in the last year before the war": the other side of an "as … as" with no
 * verb of its own names the time compared with, as a "than" does.
 */
const AS_MUCH_AS_IN = /\bas\s+(?:many|much)(?:\s+[a-z]+){0,2}?\s+as\s+(?:in|on|during)\s+(?:the\s+)?$/i;
/** "twice", "three times": a multiple, of what a thing was then or of its price then. */
const MULTIPLE = '\\b(?:twice|double|triple|half|(?:two|three|four|five|ten|\\d+)\\s+times)';
/**
 * "a sack of rice now costs almost twice what it did in July", "half what they were paid in 2022": a multiple of what a thing was
 * then compares with then, as the other side of a "than" does (guide), no happening of that date.
 */
const MULTIPLE_OF = `${MULTIPLE}\\s+(?:as\\s+(?:much|many)\\s+as\\s+)?what\\s+(?:it|they|he|she|we|you)`;
// Any past verb of what was paid or asked ("three times what they charged", "what they asked").
const THEN_VERB = '\\s+(?:did|was|were|had|cost|paid|earned|made|got|sold|[a-z]{2,}ed)(?:\\s+paid)?\\s+';
const MULTIPLE_OF_THEN = new RegExp(`${MULTIPLE_OF}${THEN_VERB}(?:(?:in|on|during|at)\\s+(?:the\\s+)?)?$`, 'i');
/** "more than twice its price a year ago": a multiple of a thing's price or level then compares with then, as "twice what it cost" does. */
const MULTIPLE_PRICE = `${MULTIPLE}\\s+(?:its|their|the)\\s+(?:price|prices|cost|level|value|rate)\\s+`;
/** "costs a third more than a week ago", "20 per cent less than": a share more or less is a comparison, no hedged count of time. */
const SHARE_MORE =
  '\\b(?:a\\s+(?:third|quarter|fifth|half)|half|twice|\\d+\\s*(?:per\\s*cent|%)|(?:two|three|four|five|ten|\\d+)\\s+times)\\s+(?:more|less|higher|lower|cheaper|dearer)';
/**
 * "three times what they asked a year ago", "prices are higher than a year ago", "compared with a week earlier", "32,500 francs,
 * against 21,000 at the start of the year", "compared with more than 1,500 a year earlier": a time counted back that a thing is
 * compared with, as a date written out on the other
 * side of a "than" is (guide), no happening of that time. Not "more than a year ago", a hedged count of time.
 */
const COMPARED_WITH_RELATIVE = new RegExp(
  `(?:${MULTIPLE_OF}${THEN_VERB}|(?<!\\b(?:less|more|fewer|no|little)\\s)\\bthan\\s+|${SHARE_MORE}\\s+than\\s+|${MULTIPLE_PRICE}|\\bcompared\\s+(?:with|to)\\s+|${FIGURE_AGAINST}(?:(?:at|in|on|during|by)\\s+)?)$`,
  'i',
);

/** Whether a relative time is what something is compared with ("three times what they asked a year ago"), which dates nothing. */
export const comparesWithRelative = (lead: string): boolean => COMPARED_WITH_RELATIVE.test(lead);
/**
 * "during one of the largest attacks on Ukraine's power grid that autumn", "the heaviest shelling of the year", "on one of the
 * coldest nights of the winter", "the deadliest attack on the village so far this year": a time closing a
 * superlative's noun phrase is where the ranking is measured, as "the deadliest since March" is (guide), no happening of that time.
 * "Most" ranks only after "the": "Most of the remaining workers were laid off that autumn" counts who.
 */
const SUPERLATIVE_SCOPE =
  /\b(?:largest|biggest|heaviest|deadliest|worst|fiercest|bloodiest|longest|strongest|coldest|hottest|wettest|driest|busiest|(?<=\bthe\s+)most\s+[a-z]+)\s+(?!(?:since|in|on|of|during)\b)[^,;.]{0,60}?\s(?:that|this|of\s+the|so\s+far(?:\s+this)?)\s+$/i;
/**
 * "and this spring has been one of the worst periods for the city": a time that is the subject of a ranking names what is ranked, no
 * happening of it, as a ranking sentence names nothing it dates (`judgement.ts`). In the perfect only: "June 7 is the worst day"
 * names the day a report turns to (`dayNamingLine.ts`).
 */
const RANKED_TIME_AFTER =
  /^\s+(?:has|had)\s+been\s+(?:one\s+of\s+|among\s+)?the\s+(?:worst|deadliest|bloodiest|heaviest|hardest|quietest|calmest|longest|most\s+[a-z]+)\b/i;
/**
 * "As of 2020, most of the town's former residents had not returned": who had not come back by a date counts who lives there
 * then, a place's people (guide), no happening.
 */
const AS_OF_OPENING = /^As\s+of\s+$/i;
const NOT_RETURNED_AFTER = /^,\s+(?:most|many|much|few|half|none|only|about|\d)[^,;.]{0,80}?\b(?:had|have|has)\s+not\s+(?:yet\s+)?returned\b/i;
/**
 * "the front line had returned to where it stood before August 2016", "back to the lines of 2012": the date of the former
 * state a return is measured against, a comparison's date (guide), not the return's.
 */
const RETURNED_TO =
  /\b(?:returned|reverted|restored|back)\s+to\s+(?:where|what|how|(?:the|its|their)\s+(?:[\wÀ-ɏ-]+\s+)?(?:lines?|positions?|state|situation|borders?|status))\b[^,;.]{0,40}?\s(?:before|in|of|on)\s+$/i;
/**
 * "The vote was the first under the charter that the president signed in March": a main clause that only ranks its subject, with
 * a copula and no happening, and a clause with a subject of its own describing the thing it is ranked by (guide: background, not
 * an event). Opening the sentence, comma-free; "The vote was held under the charter that …" tells a happening.
 */
const RANKED_BY_CLAUSE =
  /^[^,;.]{0,60}?\s(?:was|is|were|are)\s+the\s+(?:first|last|only|second|third|fourth|fifth)\b[^,;.]{0,80}?\s(?:that|which)\s+(?!(?:was|were|had|has|have|is|are)\b)[^,;.]{1,50}?\s[a-z]{3,}ed\s+(?:in|on)\s+$/i;
const RANKED_BY_REACH = 220;
/**
 * "Goris was the main base for the supply of Armenian forces through the Lachin corridor, which Armenian forces opened in May 1992",
 * "The official reason was the restoration of sovereignty over Karabakh, which its army had retaken … in September": a main clause
 * that only says with a copula what its subject was, and a "which" clause telling the past of the thing it names; the sentence
 * tells no happening (guide: background), as the Goris and Azerbaijan snap-election golds read it. "Became" or "remained" tells a
 * change or a state of the story ("later became a base of the UN mission, which handed it over … in October 2023").
 */
const COPULA_THEN_WHICH = /^(?:(?:In|During)\s[^,;.]{0,80},\s*)?[^,;.]{0,80}?\s(?:was|is)\s+the\s[^;.]{0,160}?,\s*which\s[^,;.]{0,100}$/;

/** "The defence, counting from 26 May 2014, had lasted 242 days": the start a duration is counted from, no happening (guide: durations). */
const COUNTED_FROM = /\b(?:counting|counted|reckoned|measured)\s+from\s+$/i;
/**
 * "analysts, who assessed that the front line had moved only a few hundred metres since March": a distance measured since a
 * date is a measure, as a duration is (guide), no happening of that date. Bounded to the clause.
 */
const DISTANCE_SINCE =
  /\b(?:moved|advanced|gained|shifted|retreated|progressed|pushed)\b[^,;.]{0,40}?\b(?:metres|meters|kilometres|kilometers|km|miles|yards)\s+since\s+$/i;
/**
 * "Dori was already overcrowded before this week": what a place or thing already was before a date describes how it stood up to
 * it, as "Before 2023 it was the largest city of the region" does (guide), no happening of that date. A copula with "already",
 * bounded to a few words of its clause; "had already left before" tells a happening.
 */
const ALREADY_BEFORE = /\b(?:was|were|is|are)\s+already\s+(?:[\wÀ-ɏ'-]+\s+){1,4}?before\s+$/i;
/**
 * "Bosra … was the province's capital from 106 AD": what a place was from a date on, with no end, describes it (guide: "what it
 * has been from a date on"), while a status held between two dates ("was the capital of the Ukrainian SSR from 1919 to 1934") is
 * a range (`ranged`). Only a seat of government.
 */
/** The centre of an administrative unit, a seat of government by another name: "the centre of its own district". */
const CENTRE_OF_UNIT = String.raw`cent(?:re|er)\s+of\s+(?:(?:a|an|the|its(?:\s+own)?)\s+)?(?:[\wÀ-ɏ'’-]+\s+){0,2}?(?:district|raion|rayon|okruha|uyezd|county|province|oblast|hromada|community|municipality|volost|(?:village\s+|rural\s+)?council)`;
/** A seat of government, as the copula names it: "was the province's capital", "was the administrative centre of the raion". */
const WAS_SEAT = String.raw`(?:was|were|served\s+as)\s+(?:the\s+)?(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:capital|administrative\s+centre|seat|${CENTRE_OF_UNIT})\b`;
const SEAT_FROM_BEFORE = new RegExp(String.raw`\b${WAS_SEAT}[^,;.]{0,60}?\sfrom\s+$`, 'i');
/** "Until 2020 it was the administrative centre of Velykomykhailivka Raion" ("Until 18 July 2020, Ovruch served as …"): what a place was up to a date. */
const UNTIL_OPENING = /^\s*Until\s+$/;
const SEAT_AFTER = new RegExp(String.raw`^,?\s+(?:it|the\s+[\wÀ-ɏ'’-]+|[A-Z][\wÀ-ɏ'’-]+)\s+${WAS_SEAT}`);
/**
 * "Until 2020 the village had an ethnic Armenian population and belonged to the Hadrut Province", "Until 2024 the village lay well
 * behind the front line": who lived there, what it was part of, where it lay up to a date, as the Khtsaberd and Novopavlivka
 * golds read it, and what kind of place it was ("Until 2011 it was a village of the Khelvachauri Municipality"); "Until 1983, when
 * a pipeline reached it, …" tells the happening that ended it.
 */
const UNTIL_STATE_AFTER =
  /^,?\s+(?:it|the\s+[\wÀ-ɏ'’-]+)\s+(?:had\s+(?:a|an)\s+(?:[\wÀ-ɏ-]+\s+){0,3}?population|was\s+(?:a\s+)?part\s+of|was\s+(?:a|an)\s+(?:[\wÀ-ɏ-]+\s+)?(?:village|town|settlement|hamlet|suburb)\s+(?:of|in)|belonged\s+to|lay\s+(?:well\s+|far\s+)?(?:behind|outside|beyond|inside|within))\b/i;
/**
 * "For the next eight years the town was held by the YPG and, from 2018, also sheltered thousands of displaced Kurds", "For the
 * next 27 years the republic was run by Talibov, who chaired the assembly from 1995": a state told by how long it lasted is no
 * happening (guide: durations), and the year a part of it held from is a part of that description, as the Tell Rifaat and
 * Nakhchivan golds read it. Only an open start ("from 2018 to 2020" is a range), in the same sentence after the duration.
 */
const FROM_WITHIN_DURATION = /^(?:[^.;]{0,80}?\s)?(?:[Ff]or|[Oo]ver)\s+the\s+(?:next|following)\s+[\wÀ-ɏ-]+\s+(?:years|decades)\b[^.;]{0,160}\sfrom\s+$/;
/** "had not been confirmed by the army as of 14 September": the day something still had not happened, not a happening. */
const NEGATED_AS_OF = /\b(?:not|never|no longer)\b[^,;.]*\bas of\s+$/i;
/**
 * "Since 2020 the economy of the city has depended on reconstruction and tourism": what a place's livelihood has rested on
 * from a date on, told in an opening "Since", describes it (guide), unlike a happening begun then ("Since November 2011,
 * Al-Qusayr has been besieged"), and so does what it has been home to ("Since 2014, Dilijan has been home to a branch of the
 * Central Bank", as "Before 2023 the city was home to the museum" is), unless a foreign force's base or troops (guide), and where
 * it has lain ("Since the autumn of 2023 the village has been on the front line again", as eight golds read it). Only a
 * verb of depending or "home to", with a few words of subject; bounded. (A copula is left alone: the
 * Zaporizhzhia gold reads "Since 1996, the plant has been a separate division" as its reorganisation.)
 */
const OPENING_SINCE_BEFORE = /^\s*Since\s+(?:the\s+)?$/;
/**
 * "Since 2017 it has been part of the enlarged community of Berd" (or "the centre of" it), "has been part of a UNESCO World
 * Heritage Site since 1980": the administrative unit or the listing a place has belonged to from a date on describes it (guide:
 * what it has been from a date), as "home to" does; only such units, so "It has been part of JNIM since that coalition was formed
 * in March 2017" tells the forming. Bounded.
 */
const PART_OF_UNIT = String.raw`(?:has|have)\s+been\s+(?:(?:a\s+)?part|the\s+cent(?:re|er))\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\wÀ-ɏ'’-]+\s+){0,4}?(?:community|communities|municipality|hromada|district|raion|rayon|province|region|oblast|governorate|marz|World\s+Heritage\s+Site|reserve|national\s+park)\b`;
const PART_OF_SINCE_AFTER = new RegExp(String.raw`^,?\s+(?:(?:the|its|their)\s+)?(?:[\wÀ-ɏ'-]+\s+){0,4}?${PART_OF_UNIT}`);
const PART_OF_SINCE_BEFORE = new RegExp(String.raw`\b${PART_OF_UNIT}[^,;.]{0,60}\bsince\s+$`);
/** "been on the front line", "lain on the front line", "been the front line": where a place has lain, which describes it (told in the perfect). */
export const ON_THE_FRONT_LINE = String.raw`(?:been|lain|stood)\s+(?:on\s+)?the\s+front\s+line`;
const DESCRIBED_SINCE_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:the|its|their)\s+(?:[\wÀ-ɏ'-]+\s+){0,5}?(?:has|have)\s+(?:depended|relied|rested)\s+(?:largely\s+|mainly\s+|mostly\s+)?on\b|(?:(?:the|its|their)\s+)?(?:[\wÀ-ɏ'-]+\s+){0,4}?(?:has|have)\s+been\s+home\s+to\b(?![^,;.]*\b(?:base|bases|troops|forces|garrison|contingent)\b)|(?:(?:the|its|their)\s+)?(?:[\wÀ-ɏ'-]+\s+){0,4}?(?:has|have)\s+${ON_THE_FRONT_LINE}\b)`,
);
/** A past participle, regular or one of the common irregular ones: a happening told in the passive. */
const PARTICIPLE_WORD = String.raw`(?:[\wÀ-ɏ-]+ed|held|taken|retaken|seen|run|overrun|led|built|kept|lost|won|shot|hit|struck|driven|fought|left)\b`;
/**
 * "Its recruits were mostly former soldiers and, from 2022, convicts": a date set between commas before the last noun of what
 * a copula says its subject was qualifies that noun; what the subject was made of describes it (guide), no happening. No
 * participle on either side: "was shelled and, from 2013, besieged" tells happenings.
 */
const COPULA_LIST_BEFORE = new RegExp(
  String.raw`\b(?:was|were|is|are)\s+(?!${PARTICIPLE_WORD})[^,;.]{1,60}?\s+(?:and|or),\s*(?:from|since|after|by|until)\s+$`,
  'i',
);
const COPULA_LIST_AFTER = new RegExp(String.raw`^,\s*(?:(?!${PARTICIPLE_WORD})[\wÀ-ɏ'-]+\s+){0,3}(?!${PARTICIPLE_WORD})[\wÀ-ɏ'-]+\s*(?:[,;.]|$)`);

/**
 * "the road to Bakhmut, which by June was the only road left into the city": a "which" clause telling with a copula how its
 * thing stood by a date describes the thing, no happening. A participle after the copula tells one ("which by June was taken").
 */
const STATE_CLAUSE_BEFORE = /,\s*which\s+(?:by|in|since|until|as\s+of)\s+$/i;
const STATE_CLAUSE_AFTER =
  /^,?\s+(?:was|were|remained|had\s+been)\s+(?!(?:[a-z]+ed|taken|held|retaken|overrun|lost|won|shot|hit|struck|driven|fought|left|seen|built)\b)(?:the|a|an|still|no\s+longer|already|only|largely|mostly|almost|under|in)\b/i;

/**
 * "Many buildings were still in ruins in 2023": how things still stood at a date, with a copula and no participle of a
 * happening after "still" ("was still held by rebels" tells who held it), describes them, as "by June was the only road" does; so
 * does a thing "still in operation in 2024", its copula elided ("the last large plant of the company still in operation in 2024").
 */
const STILL_STATE_BEFORE =
  /\bstill\s+in\s+(?:operation|service|use|force|place|ruins|office|power)\s+(?:in|by|as\s+of)\s+$|\b(?:was|were)\s+still\s+(?!(?:[a-z]+ed|taken|held|retaken|overrun|lost|won|shot|hit|struck|driven|fought|left|seen|built)\b)(?:in\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:in|by|as\s+of)\s+$/i;

/**
 * "The group is responsible for some of the deadliest attacks of the conflict, including the Tongo Tongo ambush in 2017, …": what
 * the subject is held responsible for, told in the present, describes the subject; the dates of its examples name them, as the
 * date of what a report is on names that (guide), and the sentence tells no happening. Anchored at the sentence's start; a second
 * main clause with a subject of its own (", and it attacked … in 2019") is no part of it.
 */
const RESPONSIBLE_FOR_REACH = 320;
const RESPONSIBLE_FOR_BEFORE =
  /^(?:The|This|That|It|Its|Their|These|Those)\b[^,;.]{0,60}?\s(?:is|are)\s+(?:(?:also|thought\s+to\s+be|believed\s+to\s+be|held)\s+)?responsible\s+for\s(?:(?!,\s+(?:and|but)\s+(?:it|they|he|she)\s)[^.;]){1,250}$/;

/**
 * "The fields produced about 40,000 barrels a day earlier this year": an output measured as a rate is how the thing ran then, a
 * habit with no one day (GUIDE.md: a habit, a measure), not a happening of that date.
 */
const RATE_BEFORE =
  /\b(?:produced|pumped|exported|generated|carried|handled|shipped|refined)\s+(?:(?:about|around|some|up\s+to|nearly|over|more\s+than|less\s+than)\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:[a-z]+\s+){1,2}(?:a|per)\s+(?:day|week|month|year)\s+(?:in\s+|during\s+)?$/i;

/**
 * The words next to a date: `near` and `after` the closest, `phraseBefore` and `phraseAfter` a phrase's length, `sentenceBefore`
 * all before it; `ranged` when the date is a range ("from 1919 to 1934").
 */
export interface WordsAroundDate {
  near: string;
  phraseBefore: string;
  sentenceBefore: string;
  after: string;
  phraseAfter: string;
  ranged?: boolean;
}

/** Whether the words around a date make it a description of how things stood, which dates no sentence (a strength or a population figure aside). */
export function tellsHowThingsStood({ near, phraseBefore, sentenceBefore, after, phraseAfter, ranged = false }: WordsAroundDate): boolean {
  return (
    (sentenceBefore.length <= RESPONSIBLE_FOR_REACH && RESPONSIBLE_FOR_BEFORE.test(sentenceBefore)) ||
    (sentenceBefore.length <= RANKED_BY_REACH && RANKED_BY_CLAUSE.test(sentenceBefore)) ||
    COPULA_THEN_WHICH.test(sentenceBefore) ||
    COMPARED_WITH.test(phraseBefore) ||
    COMPARED_THAN.test(phraseBefore) ||
    LIKENED_TO.test(phraseBefore) ||
    AS_MUCH_AS_IN.test(phraseBefore) ||
    FIGURE_SET_AGAINST.test(phraseBefore) ||
    MULTIPLE_OF_THEN.test(phraseBefore) ||
    COMPARED_WITH_RELATIVE.test(phraseBefore) ||
    SUPERLATIVE_SCOPE.test(phraseBefore) ||
    RANKED_TIME_AFTER.test(phraseAfter) ||
    (AS_OF_OPENING.test(sentenceBefore) && NOT_RETURNED_AFTER.test(phraseAfter)) ||
    RESEMBLED.test(phraseBefore) ||
    RETURNED_TO.test(near) ||
    (OPENING_SINCE_BEFORE.test(phraseBefore) && (DESCRIBED_SINCE_AFTER.test(phraseAfter) || PART_OF_SINCE_AFTER.test(phraseAfter))) ||
    PART_OF_SINCE_BEFORE.test(phraseBefore) ||
    (COPULA_LIST_BEFORE.test(near) && COPULA_LIST_AFTER.test(after)) ||
    (STATE_CLAUSE_BEFORE.test(near) && STATE_CLAUSE_AFTER.test(after)) ||
    STILL_STATE_BEFORE.test(near) ||
    NEGATED_AS_OF.test(phraseBefore) ||
    ALREADY_BEFORE.test(near) ||
    (SEAT_FROM_BEFORE.test(near) && !ranged) ||
    (UNTIL_OPENING.test(sentenceBefore) && (SEAT_AFTER.test(phraseAfter) || UNTIL_STATE_AFTER.test(phraseAfter))) ||
    (FROM_WITHIN_DURATION.test(sentenceBefore) && !ranged) ||
    COUNTED_FROM.test(near) ||
    RATE_BEFORE.test(near) ||
    DISTANCE_SINCE.test(near)
  );
}
