/**
 * Dates that are the past of a named thing rather than a happening of the story: a "which" clause
 * ("the Syrian Civil War, which began in March 2011"), a person's (`personsPast.ts`), the years of
 * a name, a founding aside (", founded in 1898 by …,"), an appositive of a thing's making; a participle phrase
 * describing a noun that is no clause's subject is in describingParticiples.ts. `storyDate.ts` asks; every pattern reads only
 * the words next to the date.
 */
import { tellsNamePeriod } from './namePeriods.ts';
import { tellsPersonsPast } from './personsPast.ts';

/**
 * A non-restrictive clause telling a named thing's own past: "the Syrian Civil War, which began in
 * March 2011", "Bakhmut, which its forces captured in May" (the thing is the verb's object), "the plant, which he last
 * visited in March" (a pronoun subject of its own with "last" or "first" recalls an earlier time, the thing's past; without
 * it, "al-Qaryatayn, which they recaptured on 3 April", the clause goes on with the story's actors, as the Palmyra gold reads it).
 */
const BACKGROUND_CLAUSE =
  /,\s*which\s+(?:(?:the|its|their|his|her)\s+(?:[\wÀ-ɏ'-]+\s+){0,2}?|(?:he|she|they|we)\s+(?:last|first|previously|once)\s+)?(?:had\s+|has\s+|was\s+|were\s+)?(?:been\s+)?(?:began|begun|started|broke out|took|\w+ed)\s+(?:in|on|since)\s+$/i;

/**
 * "Fighting then moved into the town of Tabqa, which the SDF surrounded in April": a clause in the simple past whose own
 * subject is a named actor, or one a common noun names ("Kinsabba, …, which the army captured on 17 February 2016"), goes on
 * with the story's actors, as "which they recaptured on 3 April" does (guide), unlike a
 * possessive one in an analysis ("its losses at Bakhmut, which its forces captured in May") or an earlier past ("had …").
 */
const NAMED_ACTOR_GOES_ON =
  /,\s*which\s+the\s+(?:[A-Z][\wÀ-ɏ'-]*(?:\s+[A-Z][\wÀ-ɏ'-]*){0,2}\s+|(?:(?!(?:had|has|have|was|were|been)\b)[a-z][\wÀ-ɏ'-]*\s+){1,2})[a-z]+ed\s+(?:in|on)\s+$/;

/**
 * "the supply road from Sumy, which Russian drones had been hitting daily since January": a clause with a subject of its own
 * telling, in the pluperfect progressive, what had been done to the thing since a date is the thing's past, as "Bakhmut, which
 * its forces captured in May" is (GUIDE.md), not a state of the story's subject begun then.
 */
const DONE_TO_IT_SINCE = /,\s*which\s+(?:[\wÀ-ɏ'-]+\s+){1,3}?had\s+been\s+[a-z]{3,}ing\s+(?:[a-z]+ly\s+)?since\s+$/i;

/**
 * "the offensive forced Ukraine to divert brigades, which some commentators linked to Russian gains around Pokrovsk in the
 * summer of 2024": a clause with a subject of its own linking the thing to another happening is that subject's commentary, and
 * its date is the other happening's, the object of the linking, as the date of what a report is on is that thing's (guide).
 */
const LINKED_BY_OTHERS =
  /,\s*which\s+(?:[\wÀ-ɏ'-]+\s+){1,3}?(?:linked|attributed|tied|connected|blamed|credited)\s+(?:to|on|with)\s+[^,;.]{1,60}?\s(?:in|on|during|by|since)\s+(?:the\s+)?$/i;

/**
 * "The killings opened an IS-Sahel offensive in the Ménaka and Gao regions that lasted into the autumn of 2022": how long the thing
 * lasted is its own past, its end no date of what the main clause tells.
 */
const LASTED_CLAUSE = /\b(?:that|which)\s+(?:had\s+)?lasted\s+(?:into|until|till|through)\s+(?:the\s+)?$/i;
/**
 * "Nine men from Khtsaberd were killed in the war, which ended with the ceasefire signed in Bishkek in May 1994": what the thing
 * began or ended with, dated, is its own span, as "which ended in May 1994" is; the main clause falls somewhere within it.
 */
const ENDED_WITH_CLAUSE = /,\s*which\s+(?:had\s+)?(?:ended|began|started)\s+with\s+(?:the|a|an)\s+[^,;.]{1,60}?\s(?:in|on)\s+(?:the\s+)?$/i;

/**
 * A second verb of that clause, sharing its "which": "the Africa Corps, which was announced in late 2023 and began sending troops
 * … in early 2024", "the offensive, which began on 31 May 2016 and ended with the capture of the town in August". It goes on
 * telling the same thing's past, so its date dates nothing either. Bounded, so it reads only the words before the date.
 */
const BACKGROUND_CLAUSE_GOES_ON =
  /,\s*which\s+(?:(?:the|its|their|his|her)\s+(?:[\wÀ-ɏ'-]+\s+){0,2}?)?(?:had\s+|has\s+|was\s+|were\s+)?(?:been\s+)?(?:began|begun|started|broke out|took|\w+ed)\s+(?:in|on|since)\s+[^,;.]{1,30}?\s+and\s+(?:later\s+|then\s+)?(?:was\s+|were\s+)?(?:began|took|went|spread|grew|became|came|fled|fought|left|won|lost|led|held|fell|rose|broke|drove|struck|swept|\w+ed)\b[^,;.]{0,80}?\s(?:in|on|by)\s+$/i;

/**
 * "The town later served as a starting point for the SDF's Deir ez-Zor campaign, which began in September 2017": what the
 * main clause tells is the subject's part in that start, so the "which" clause's beginning is the story's happening, not a
 * named thing's past (as the al-Shaddadi gold reads it); so is a base for it ("used the city as the base for their offensive
 * towards Sloviansk, which began in mid-April", as the Izium gold reads it).
 */
const STARTING_POINT_OF =
  /\b(?:starting\s+point|launch(?:ing)?\s*pad|springboard|staging\s+(?:ground|area|post)|base)\s+(?:of|for)\s+[^,;.]{1,60},\s*which\s+(?:was\s+)?(?:began|started|launched)\s+(?:in|on)\s+/i;

/**
 * "the Slavonic Corps, a company registered in Hong Kong whose Russian contractors were sent to Syria in 2013 … and were
 * routed … in October of that year": an appositive saying what a thing is, with a "whose" clause telling its people's
 * past up to the date; that past describes the thing, as a "which" clause does. Comma-free after "whose", and bounded.
 */
const APPOSITIVE_WHOSE = /,\s*(?:a|an)\s+(?:[\wÀ-ɏ'-]+\s+){1,8}?whose\s[^,;.]{0,160}$/i;
/**
 * "…," said Kaka Boulama, a date seller whose house collapsed on Sunday night": the appositive of a quote's speaker tells what
 * befell the witness, the one happening the sentence tells (the Goudoumaria gold), no thing's past.
 */
const SPEAKERS_WHOSE =
  /\b(?:said|says|told|tells|recalled|recalls)\s+[A-Z][\wÀ-ɏ'’-]*(?:\s+[A-Z][\wÀ-ɏ'’-]*){0,3},\s*(?:a|an)\s+(?:[\wÀ-ɏ'-]+\s+){1,8}?whose\s[^,;.]{0,160}$/;
/**
 * "Many Druze fear the new authorities, whose forces were accused of killing hundreds of Alawite civilians … in March": a "whose"
 * clause on the object of a feeling or a stance held now describes that object, its people's past, no step of the story.
 */
const HELD_NOW_WHOSE =
  /\b(?:fear|fears|distrust|distrusts|mistrust|mistrusts|blame|blames|resent|resents|oppose|opposes|support|supports|trust|trusts)\s[^,;.]{1,80},\s*whose\s[^,;.]{0,160}$/;

/**
 * "raise a flag in Snihurivka, a town the Russians had held since the spring": an appositive saying what a thing is, with a
 * clause in the pluperfect whose own subject follows the noun, tells the thing's earlier past, as "which had begun … in 2013"
 * does. Pluperfect only: "a town the Russians took on 3 May" may go on with the story. Bounded to the words before the date.
 */
const APPOSITIVE_PLUPERFECT =
  /,\s*(?:a|an)\s+(?:[\wÀ-ɏ'-]+\s+){0,2}?[\wÀ-ɏ'-]+\s+(?:the\s+[a-z][\wÀ-ɏ'-]*|(?:the\s+)?[A-Z][\wÀ-ɏ'-]*(?:\s+[A-Z][\wÀ-ɏ'-]*){0,2})\s+had\s+(?:been\s+)?(?:\w+ed|held|taken|kept|won|lost|fought)\s+(?:[\wÀ-ɏ'-]+\s+){0,3}?(?:in|on|since|until)\s+(?:the\s+)?$/;
/**
 * "The loss of Rivnopil erased the last of the gains Ukraine had made on this part of the front in the summer of 2023": a noun with
 * a contact clause in the pluperfect, its subject a name, tells what the thing had been before, as the appositive's "a town the
 * rebels had held since the spring" does; bounded to the clause's few words.
 */
const CONTACT_PLUPERFECT =
  /\bthe\s+(?:[\wÀ-ɏ'-]+\s+){0,3}?[a-z]+\s+[A-Z][\wÀ-ɏ'-]*(?:\s+[A-Z][\wÀ-ɏ'-]*){0,2}\s+had\s+(?:been\s+)?(?:\w+ed|made|held|taken|won|lost|built|fought)\s+(?:[\wÀ-ɏ'-]+\s+){0,8}?(?:in|on|since|during)\s+(?:the\s+)?$/;

/**
 * "pushed south from the Raqqa countryside, which they had entered in the spring, towards …": a "which" clause in the pluperfect
 * with a pronoun subject of its own tells what the actors had done to the place before, its earlier past, as the appositive's
 * does, and so does one whose subject is a name ("the Tabqa area, which the Syrian Democratic Forces had taken from ISIL in May");
 * in the simple past ("which they recaptured on 3 April") it goes on with the story.
 */
const PRONOUN_PLUPERFECT_CLAUSE =
  /,\s*which\s+(?:he|she|they|we|(?:the\s+)?[A-Z][\wÀ-ɏ'’-]*(?:\s+[A-Z][\wÀ-ɏ'’-]*){0,3}(?:\s+\([A-Z]{2,}\))?)\s+had\s+(?:already\s+|first\s+)?(?:\w+ed|held|taken|kept|won|lost|fought)\s+(?:[\wÀ-ɏ'-]+\s+){0,3}?(?:in|on|since|during)\s+(?:the\s+)?$/;

/**
 * "wind up the Minsk Group, the mediation format it set up in 1992": an appositive saying what a thing is, with a clause whose
 * own subject made it, tells the thing's own beginning, as "which began in March 2011" does (guide), not the next step of the
 * story. Founding verbs only: "a town the Russians took on 3 May" may go on with the story. Bounded to the words before the date.
 */
const APPOSITIVE_FOUNDED =
  /,\s*(?:the|a|an)\s+(?:[\wÀ-ɏ'-]+\s+){0,3}?[\wÀ-ɏ'-]+\s+(?:it|they|he|she|we|the\s+[a-z][\wÀ-ɏ'-]*|[A-Z][\wÀ-ɏ'-]*(?:\s+[A-Z][\wÀ-ɏ'-]*){0,2})\s+(?:had\s+)?(?:set\s+up|founded|established|created|formed)\s+(?:in|on)\s+$/;

/**
 * "placed under a new structure, the Africa Corps, which was announced in late 2023": a thing the sentence calls new is
 * made in the story, so the clause telling its making tells a happening of the story, not a named thing's past.
 */
const NEW_THING_MADE =
  /\ba\s+new\s+(?:[\wÀ-ɏ'-]+\s+){0,3}?[\wÀ-ɏ'-]+(?:,\s*(?:the\s+)?[^,;.]{1,40})?,\s*which\s+(?:was|were)\s+(?:announced|formed|created|founded|established|set\s+up|launched)\s+(?:in|on)\s+/i;

/**
 * "Melitopol and Berdiansk, which was captured on 27 February", "a local council, which was formed on 12 April 2018": the simple
 * past passive tells what befell the thing in the story's days (guide), unlike its earlier past ("which had been established in
 * August 2017") or a clause with its own subject ("which its forces captured in May"). A date outside the story is still its past.
 */
const SUFFERED_IN_STORY = /,\s*which\s+(?:was|were)\s+\w+ed\s+(?:in|on)\s+$/i;

/**
 * "the school, which reopened in September 2014", "a bridge, which collapsed in 2019": an intransitive verb telling in the simple
 * past what befell the thing is read as that passive ("which was reopened"), a happening of the story (guide), unlike the thing's
 * own beginning ("the war, which began in March 2011") or its earlier past ("which had opened in 1971"). A body meeting is such a
 * happening of its own ("The national conference, which met from 15 to 19 February, recommended …": its sitting, 15–19 February).
 */
const BEFELL_IN_STORY = /,\s*which\s+(?:(?:re)?(?:opened|closed|collapsed|burned|flooded|met|convened))\s+(?:in|on|from|between)\s+$/i;

/**
 * "Following the Russian intervention, which began on 30 September 2015, Russian aircraft …": the "which" clause gives the day of
 * the happening the sentence's opening phrase names, and dates the sentence as "Following the Russian invasion … in February
 * 2022" does (guide); only when the clause closes the opening phrase, so a clause inside the main clause stays background. An
 * opening "During" phrase's clause dates only the war it names (see `setsSceneOnly`), and so does a participle standing for it
 * ("During ISIL's offensive on Marea, launched on 27 May, the village served as one of its staging areas"); where it began may
 * stand before its date ("During the rising of Davit Bek, which began in Kapan in 1722, …"), and who launched it before its verb
 * ("During Operation Olive Branch, which Turkey launched on 20 January 2018, …").
 */
const OPENING_WHICH =
  /^(?:After|Following|During)\s+[^,;.]{1,80},\s*(?:which\s+(?:began|started|broke\s+out|was\s+launched|(?:the\s+)?(?:[A-Z][\wÀ-ɏ'’-]*\s+){1,3}(?:launched|began|started|opened))|(?<=^During\s[^,;.]{1,80},\s*)(?:launched|begun|started))\s+(?:(?:in|at|near|from)\s+[A-Z][\wÀ-ɏ'’-]*(?:\s+[A-Z][\wÀ-ɏ'’-]*)?\s+)?(?:in|on)\s+$/;

const OPENING_CLOSE = /^\s*,/;

/** Whether a date ends a "which" clause giving the day of what the sentence's opening phrase names. */
export function datesOpeningHappening(before: string, after: string): boolean {
  return OPENING_WHICH.test(before) && OPENING_CLOSE.test(after);
}

/**
 * "were placed on the defensive for the duration of the counteroffensive that began in early June": a clause that only dates
 * the operation a "for the duration of" or "during" phrase names sets the scene, as "During the … War, which began on 27
 * September 2020" does (guide): the main clause's happening falls somewhere in it, not on its first day. So does one dating the
 * operation a unit "took part in" ("Kraken took part in the Kharkiv counteroffensive that began on 6 September 2022"): its part
 * lay somewhere in the operation's span, and one dating a wave a happening was part of ("Others were killed in a wave of
 * assassinations that began in late 2018 and continued for years"). Bounded noun phrase.
 */
const OPERATION_SPAN_START =
  /\b(?:(?:for\s+the\s+duration\s+of|during|throughout|(?:took|takes|take|taken|taking)\s+part\s+in|participated\s+in)\s+the|in\s+(?:a|the)\s+(?:wave|series|spate|campaign)\s+of)\s+(?:[\wÀ-ɏ'-]+\s+){1,4}?(?:that|which)\s+(?:began|started)\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/**
 * "the new heavy transport An-124 Ruslan, which made its first flight on 26 December 1982": a clause telling a named machine's
 * debut, its first flight or voyage or its entry into service, is the thing's own beginning, as "which began in March 2011" is a
 * war's (guide), not a happening of the story the main clause tells. Bounded to the words right before the date.
 */
const DEBUT_CLAUSE = /,\s*which\s+(?:made\s+its\s+(?:first|maiden)\s+(?:flight|voyage|test\s+flight)|first\s+flew|entered\s+service)\s+(?:in|on)\s+$/i;

/**
 * "The July 2020 Armenian–Azerbaijani clashes were a series of armed clashes between …, which began on 12 July 2020.": a sentence
 * defining its subject whose "which" clause gives the day the defined thing began tells the subject's own beginning (guide: a
 * defining lead sentence that gives only the start), not the past of another thing it names. Read only up to a short sentence.
 * The subject's other names between commas ("The prison attack, also called the Battle of al-Hasakah or the prison break, was an
 * attack …") are still the subject: only a naming aside, so a subject with a clause of its own between commas stays out.
 */
const SUBJECTS_OTHER_NAMES = String.raw`(?:,\s*(?:(?:also|formerly|officially|sometimes)\s+)?(?:known\s+as|called|named|referred\s+to\s+as|or)\s[^,;.]{1,120},)?`;
const DEFINED_THING_BEGAN = new RegExp(
  String.raw`^The\s[^,;.]{1,100}${SUBJECTS_OTHER_NAMES}\s(?:was|were)\s+(?:a|an)\s[^;.]{1,250},\s*which\s+(?:began|started)\s+on\s+$`,
);
const DEFINITION_NEAR = 400;

/**
 * "The tower stands at the edge of Babyn Yar, the ravine where Nazi troops shot almost 34,000 Jews … in September 1941": a main
 * clause describing where a thing is, with an appositive whose "where" clause tells what once happened at that place, describes
 * the place (guide: a clause that only describes background), no happening of the story. Read from the sentence's start, bounded.
 */
const PLACE_DESCRIBED_BY_ITS_PAST =
  /^[A-Z][^,;.]{0,80}?\s(?:stands|lies|sits|is|stand|lie|sit|are)\s[^,;.]{1,80},\s*the\s+(?:[\wÀ-ɏ'-]+\s+){0,2}?[a-z]+\s+(?:where|in\s+which)\s(?:[^,;.]|,(?=\d{3})){1,120}?\s(?:in|on)\s+$/;
const PLACE_DESCRIBED_NEAR = 320;

/** Whether the words around a date make it a named thing's own past, which dates nothing: a "which" clause, a post taken, a name's years. */
export function tellsNamedThingsPast(near: string, after: string, before = near): boolean {
  return (
    (BACKGROUND_CLAUSE.test(near) &&
      !(before.length <= DEFINITION_NEAR && DEFINED_THING_BEGAN.test(before)) &&
      !SUFFERED_IN_STORY.test(near) &&
      !BEFELL_IN_STORY.test(near) &&
      !STARTING_POINT_OF.test(near) &&
      !NEW_THING_MADE.test(near) &&
      !NAMED_ACTOR_GOES_ON.test(near)) ||
    DONE_TO_IT_SINCE.test(near) ||
    LASTED_CLAUSE.test(near) ||
    ENDED_WITH_CLAUSE.test(near) ||
    LINKED_BY_OTHERS.test(near) ||
    APPOSITIVE_PLUPERFECT.test(near) ||
    PRONOUN_PLUPERFECT_CLAUSE.test(near) ||
    CONTACT_PLUPERFECT.test(near) ||
    APPOSITIVE_FOUNDED.test(near) ||
    tellsPersonsPast(near, after, before) ||
    DEBUT_CLAUSE.test(near) ||
    tellsNamePeriod(near, after) ||
    (before.length <= PLACE_DESCRIBED_NEAR && PLACE_DESCRIBED_BY_ITS_PAST.test(before)) ||
    OPERATION_SPAN_START.test(near)
  );
}

/** Whether the words before and at a "which" clause tell the start of what the subject was the starting point of (see above). */
export function startsWhatItLaunched(text: string): boolean {
  return STARTING_POINT_OF.test(text);
}

/**
 * "paratroopers of the 76th Division, which had been withdrawn from the right bank after the retreat from Kherson in November",
 * "refugees from Handarat, whose residents had fled when rebels took the camp in 2013": a date in a "when" or "after" clause inside a
 * relative clause in the pluperfect tells the circumstance of the thing's earlier past, two steps from the main clause, and dates
 * nothing of the story (the Kreminna and Liwa al-Quds golds). Comma-free from the relative pronoun, and bounded.
 */
const NESTED_IN_EARLIER_PAST =
  /,\s*(?:which|who|whose\s+[\wÀ-ɏ'-]+)\s+(?:[\wÀ-ɏ'-]+\s+){0,2}?had\s+[^,;.]{0,100}?\b(?:when|after|before|following)\s+[^,;.]{0,80}?\s(?:in|on)\s+(?:the\s+)?$/i;

/**
 * Whether a date sits in a "whose" clause describing an appositive's thing, or a stance's object, or in a clause nested in a
 * relative clause's earlier past (`lead`: up to 200 characters before it).
 */
export function inAppositiveWhoseClause(lead: string): boolean {
  return (APPOSITIVE_WHOSE.test(lead) && !SPEAKERS_WHOSE.test(lead)) || HELD_NOW_WHOSE.test(lead) || NESTED_IN_EARLIER_PAST.test(lead);
}

/** Whether a date ends a second verb of a "which" clause telling a named thing's past (`lead`: the words before it). */
export function continuesNamedThingsPast(lead: string): boolean {
  return BACKGROUND_CLAUSE_GOES_ON.test(lead) && !STARTING_POINT_OF.test(lead);
}
