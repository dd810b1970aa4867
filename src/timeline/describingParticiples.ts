/**
 * A participle phrase describing a noun that is no clause's subject ("a return to the positions held before 17 May", "a block with
 * a surgical wing added in 2008"): the date is that noun's past, no happening of the story, unless the participle tells how the
 * clause's act was done ("in a statement issued in July 2018"). `storyDate.ts` asks; every pattern reads only the words before the date.
 */
import { PICTURE_NOUN } from './pictureNouns.ts';

/**
 * Participles of verbs that always take an object: followed by a preposition instead of one, the
 * word is a passive participle ("the positions held before 17 May"), never a clause's own verb
 * ("the army captured the town"); "lost" too, since "the ground lost on 2 April" is ground someone lost; and any
 * participle followed by its agent ("the campaign launched by the SDF in November 2016"), which a clause's verb never is; a noun
 * in "-ed" before "by" ("into the riverbed by this morning") is none.
 */
const PASSIVE_PARTICIPLE =
  '(?:captured|recaptured|seized|taken|retaken|held|considered|built|signed|killed|wounded|destroyed|damaged|occupied|abandoned|deployed|established|imposed|adopted|issued|supplied|delivered|acquired|looted|reached|negotiated|promised|proposed|planned|made|given|sent|brought|bought|lost|laid|dug|planted|added|rebuilt|renovated|restored|installed|constructed|erected|refurbished|modernised|modernized|[a-z]{3,}ed(?<!bed|eed|hundred)(?=\\s+by\\s))';

/**
 * Where a noun phrase is no clause's subject: after a preposition, or after "and" inside a prepositional phrase ("with pickup trucks
 * and a few weapons"). A "despite" inside the clause too ("which remain under rebel control despite an agreement signed in March"),
 * not one opening the sentence, whose happening sets its scene as "After" does. The phrase holds no finite verb: in "Four fighters of
 * the SDF were killed and two wounded late on Tuesday" the "and" joins a second clause, its verb left out.
 */
const OBJECT_LEAD =
  '\\b(?:to|from|for|with|into|against|(?<=[a-z,]\\s)despite|of|over|under|toward|towards|near|at|in|on|by)\\s+(?:(?:(?!\\b(?:was|were|is|are|had|has|have)\\s)[^,;.]){0,80}?\\band\\s+)?';

/**
 * A participle phrase describing a noun that is not the clause's subject, up to a date: "a return to
 * the positions held before 17 May", "with … weapons captured from the army in 2012", "with two tanks captured from the army in
 * 2012" (counted), "a block with a surgical wing added in
 * 2008" (a building's parts by when they were added or rebuilt; not "opened", which is as often a main verb), "from the villages lost
 * to the SNA in 2019" (to whom). Group 1 holds
 * the words between the participle and the date, none of them the main clause's verb ("a deal of the kind signed in Darayya broke
 * down in mid-December"). Word-bounded and comma-free, so it reads only the words next to the date.
 */
const PARTICIPLE_PHRASE = new RegExp(
  `${OBJECT_LEAD}(?:(?:the|a|an|its|their|his|her|some|several|many|most|these|those|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+|(?=[a-z]+s\\s))(?:(?!(?:was|were|is|are|be|been|being|had|has|have|having|and|or|but)\\b)[\\wÀ-ɏ'-]+\\s+){0,3}?${PASSIVE_PARTICIPLE}((?:\\s+(?:from|to|by|before|after|in|on|at|during|since|near)\\b(?:\\s+(?!(?:broke|fell|collapsed|ended|began|started|stalled|failed|resumed)\\b)[\\wÀ-ɏ'-]+){0,4}?)?)\\s+$`,
  'i',
);

/**
 * "on the image taken March 19", "in a video filmed on 5 March": a picture's day is the day of what it shows (GUIDE.md), so the
 * participle of its taking dates the sentence, not a named thing's past.
 */
const PICTURE_TAKEN = new RegExp(`\\b${PICTURE_NOUN}\\s+(?:taken|filmed|recorded|shot|captured|dated)(?:\\s+(?:on|in|at))?\\s+$`, 'i');

/**
 * "Azerbaijan released ten Armenian soldiers captured in November": those released, exchanged or returned, described by how
 * they were taken, are the verb's object; the day they were taken is their past, not the release's. Group 1 as above.
 */
const RELEASED_OBJECT = new RegExp(
  `\\b(?:released|freed|returned|exchanged|swapped|repatriated|handed\\s+over)\\s+(?:(?!(?:was|were|is|are|be|been|had|has|have|on|in|at)\\b)[\\wÀ-ɏ'-]+\\s+){1,4}?${PASSIVE_PARTICIPLE}((?:\\s+(?:from|by|before|after|in|on|at|during|near)\\b(?:\\s+[\\wÀ-ɏ'-]+){0,4}?)?)\\s+$`,
  'i',
);

/**
 * "acknowledged 77 deaths in a statement issued in July 2018": the statement is how the clause's act was done, so
 * the day it was issued is that act's, not the past of a thing the sentence describes.
 */
const STATEMENT_ISSUED =
  /\bin\s+(?:a|an|the|its|their|his|her)\s+(?:[\wÀ-ɏ-]+\s+){0,2}?(?:statement|report|communiqu[eé]|press\s+release|video|message|letter|interview|speech|decree)\s+(?:issued|published|released|posted|given|made|broadcast)\s+(?:on|in)\s+$/i;

/**
 * "At an extraordinary summit held by video conference on 27 July, the bloc proposed …": the meeting the clause's act was done
 * at, dated by the participle of its holding, gives that act's day, as "in a statement issued in July 2018" does (a happening
 * done at one of one day is that day, guide), not the past of a thing the sentence describes; so does a vote the act was done in
 * ("In a referendum held on 6 December 2015, voters approved amendments").
 */
const MEETING_HELD =
  /\b(?:at|in)\s+(?:a|an|the|its|their|his|her)\s+(?:[\wÀ-ɏ-]+\s+){0,3}?(?:summit|meeting|conference|session|congress|assembly|rally|ceremony|hearing|referendum|plebiscite|election|vote|ballot)\s+held\s+(?:[^,;.]{0,40}?\s)?(?:on|in)\s+$/i;

/**
 * "Under the ceasefire agreement signed on 9 November 2020, Armenia agreed to return the district": an opening phrase naming
 * the agreement the main clause's act was done under, by the participle of its making; its date is that act's, as a
 * statement's is ("in a statement issued in July 2018").
 */
const UNDER_AGREEMENT =
  /^\s*Under\s+(?:the|a|an|its)\s+(?:[\wÀ-ɏ'’-]+\s+){0,4}?(?:agreement|deal|treaty|accord|protocol|statement|memorandum|ceasefire)\s+(?:signed|reached|concluded|agreed)\s+(?:in|on)\s+$/;

/**
 * "The war ended with a ceasefire agreement brokered by Russia and signed on 9 November 2020": the thing a main clause's
 * story ended or began with, dated by the participle of its own making, dates the ending as "the ceasefire of 12 May
 * 1994" does; comma-free, so only the noun phrase right after "with".
 */
const ENDED_WITH_MADE = /(?<!\b(?:which|that|who)\s+)\b(?:ended|began|started|concluded|culminated)\s+with\s+(?:the|a|an)\s+[^,;.]{0,80}$/i;

/**
 * "Mansila had been under a blockade imposed by JNIM since 2022": a perfect "been under …" (or "in") states how the subject has
 * stood since a start, so the "since" is that perfect's, not the participle's; being under a blockade since a date is the
 * siege begun then, as "had been besieged since 2022" is (GUIDE.md).
 */
const BEEN_UNDER_SINCE = /\b(?:has|have|had)\s+been\s+(?:under|in)\s+[^,;.]{0,80}\bsince\s+$/i;

/**
 * "Doundou Chefou, an ISGS commander believed to have taken part in the kidnapping of an American aid worker in October 2016",
 * "believed responsible for": what a person is believed or suspected to have done, up to its date, is that person's past, no
 * happening of the sentence (group 1 empty: nothing of the story's own lies between). Not an accusation ("were accused of taking
 * part in the killing … in March 2022"), which tells the happening.
 */
const SUSPECTED_OF =
  /\b(?:believed|thought|suspected)\s+(?:to\s+have\s+(?:taken\s+part\s+in|carried\s+out|ordered|led|organised|organized)|(?:to\s+(?:be|have\s+been)\s+)?(?:responsible\s+for|behind))\s+[^,;.]{1,80}?\s(?:in|on)\s+()$/i;

const NOT_DESCRIBING = [STATEMENT_ISSUED, MEETING_HELD, ENDED_WITH_MADE, PICTURE_TAKEN, UNDER_AGREEMENT, BEEN_UNDER_SINCE];

/**
 * The participle phrase describing a noun that leads up to a date (`lead`: the words before it), with the words between
 * participle and date as group 1; none when the participle tells how the clause's act was done ("in a statement issued
 * in July 2018", "Under the agreement signed on …", "At a summit held on …") or what the story ended with ("ended with a ceasefire agreement … signed on 9 November 2020").
 */
export function describingParticiple(lead: string): RegExpExecArray | null {
  return NOT_DESCRIBING.some((pattern) => pattern.test(lead)) ? null : (PARTICIPLE_PHRASE.exec(lead) ?? RELEASED_OBJECT.exec(lead) ?? SUSPECTED_OF.exec(lead));
}
