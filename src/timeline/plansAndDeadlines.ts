/**
 * Dates that are not the time of a happening: a deadline or a plan ("postponed until 2020", "was due to
 * begin on 12 April", "agreed to return the districts by 1 December"); what comes back every year is `yearlyRecurrences.ts`'s.
 * `storyDate.ts` asks; every pattern reads only the words next to the date.
 */
import { MONTH_NAME } from './dateMention.ts';

/**
 * What may stand between "until" and the date: a part of the month ("the end of"), a time of that day ("the evening of"), or
 * a clock time on it ("17:00 on", "midnight on"), the bound being that day all the same.
 */
const UNTIL_BOUND = String.raw`(?:the\s+)?(?:(?:end|middle|beginning|start|morning|afternoon|evening|night)\s+of\s+|(?:midnight|noon|midday|dawn|\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)\s+on\s+)?$`;

/**
 * "closed until at least 18 March", "postponed until 2020", "gave the government until the end of February to withdraw",
 * "gave him until the evening of 4 June to appear", "until 17:00 on 4 June": a deadline, not when it happened ("Until 2014,
 * …" opens a state of things).
 */
const DEADLINE = new RegExp(String.raw`\S\s+(?:until|till)\s+(?:at\s+least\s+)?` + UNTIL_BOUND, 'i');

/**
 * "announced that the summit would be postponed to early 2020", "the vote was pushed back to March", "the state of emergency was
 * extended to June": the new date of a postponed or prolonged thing is a deadline, as "postponed until 2020" is (guide), not when
 * the postponing happened; only "to" right after the verb, a few words between at most.
 */
const POSTPONED_TO =
  /\b(?:postponed|postpones?|postponing|put\s+off|pushed\s+back|deferred|delayed|rescheduled|extended|adjourned)\s+(?:[^,;.]{0,20}?\s)?to\s+(?:the\s+)?(?:(?:end|middle|beginning|start)\s+of\s+|(?:early|mid|late)[\s-]*)?$/i;

/**
 * "The shelling continued from the town until 8 May", "The unit remained on the front until 3 May", "held out until the night
 * of 4 May", "Martakert stayed in Armenian hands until September 2023", and a search, work, fighting or a fire that went on so
 * ("Rescuers searched the rubble … until late on Monday"): a past state that went on up to the date is dated by that bound (guide), not a deadline; only the clause's own
 * verb of lasting, a few words back. A report's narrative present says it too ("Russian troops hold the town until the end
 * of March", "attacks go on until …"), while an order or a will to hold ("ordered to hold the bridge until 10 June") looks
 * ahead: a deadline.
 */
const LASTED_UNTIL = new RegExp(
  String.raw`(?<!\bto\s)\b(?:continu(?:e|es|ed)|last(?:s|ed)|persist(?:s|ed)|remain(?:s|ed)|stay(?:s|ed)|held(?:\s+out)?|holds?|go(?:es)?\s+on|went\s+on|search(?:es|ed)|work(?:s|ed)|fought|burn(?:s|ed)|burnt|rag(?:es|ed))\b[^,;.]{0,70}\s(?:until|till)\s+` +
    UNTIL_BOUND,
  'i',
);

/**
 * "was due to begin on 12 April", "is scheduled to open in 2026", "was preparing for a counteroffensive in the spring", and the
 * past's own future, "joint patrols were to begin on 15 March" (an agreement's terms), "A first version of the deal was to be
 * signed at the White House on 28 February", "The work was meant to be finished by the end of April", "The funerals are due to be held
 * in Fada N'Gourma on Thursday", "the plotters had planned to attack the presidency on 16 April", "the new school year, due to start
 * on 1 October,", "had planned to ship about 1.1 million tonnes of products from Tuapse in November" (up to ten words between,
 * a name or a decimal too, up to a comma or a verb of its own: "was meant to prepare it was called … and held on 24 February" is
 * held then): what was planned for the date, not what happened on it.
 */
const SCHEDULED =
  /\b(?:(?:(?:was|were|is|are)\s+|,\s+)(?:(?:originally|initially|first|still|also)\s+)?(?:due|scheduled|set|planned|meant|supposed)\s+to\s+[a-z]+|(?:had|has|have)\s+planned\s+to\s+[a-z]+|(?:was|were)\s+to\s+(?:be\s+[a-z]+ed\b|(?!be\b)[a-z]+)|(?:preparing|prepared|planning)\s+for\s+(?:a|an|the|its|their)\s+[a-z-]+)(?:\s+(?!(?:and|was|were|is|are)\b)(?:[^\s,;.]|(?<=\d)[,.](?=\d))+){0,9}?\s+(?:on|in|by|at)\s+(?:the\s+)?$/i;

/**
 * "the presidential election set for 31 March 2019", "talks scheduled for Monday", "A second round has been proposed for early
 * June", "legislative elections are promised for later this year", "its first session has been called for 1 December",
 * "parliamentary elections due in June next year": a participle
 * naming what was planned, proposed, promised or is due for the date, each day of a list too ("had been set for 4 and 18 February").
 */
const PLANNED_FOR =
  /\b(?:set|scheduled|planned|slated|proposed|promised|(?:been|was|were|is|are)\s+called)\s+for\s+(?:the\s+|later\s+)?(?:\d{1,2}(?:\s+[A-Z][a-z]+)?(?:,\s*|\s+and\s+))*$|\bdue\s+(?:in|on|by)\s+(?:the\s+)?$/i;
/**
 * The same plan told actively, what was planned named before its date: "Bibilov scheduled a referendum on joining Russia for 17 July
 * 2022", "called a third rally for Friday 10 July" (its weekday before the day).
 */
const SCHEDULED_THING_FOR =
  /\b(?:scheduled|set|called|fixed|planned)\s+(?:a|an|the|its|their|his|her|new)\s+(?:[\wÀ-ɏ'’-]+\s+){0,6}?for\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/i;

/**
 * "Parliamentary elections are due on 26 October", "A verdict is expected in June", "A delegation is due in Damascus on Sunday"
 * (the place it is due at between), "a tanker … was expected at the weekend": what the date is set or awaited for, told
 * with the copula and no verb after it, is a forecast (guide), as "is due to begin on 12 April" is, not a happening of that date.
 */
const DUE_ON =
  /\b(?:is|are|was|were)\s+(?:(?:now|still|also|only)\s+)?(?:due|scheduled|expected|slated)\s+(?:(?:in|at)\s+[A-Z][\wÀ-ɏ'’-]*(?:\s+[A-Z][\wÀ-ɏ'’-]*)?\s+)?(?:on|in|for|by|at)\s+(?:the\s+)?$/;

/**
 * "Turkey has threatened a new offensive if the SDF does not disarm by the end of the year": what a condition requires by a date
 * is a deadline, no happening of it.
 */
const CONDITION_BY = /\b(?:if|unless)\s+[^,;.]{1,60}?\s+(?:(?:does|do|did)\s+not\s+)?[a-z]+(?:\s+[a-z-]+){0,4}?\s+by\s+(?:the\s+)?$/i;

/**
 * "The first camps are to be handed over to the army in August", "the troops must be gone by 31 December", "the work should be
 * finished by 1 December", "Armenia is to
 * return the district by 1 December": a present "is/are to (be)" or "must be" is an arrangement or a deadline for the date,
 * as "is scheduled to" is (the past "was to be" may narrate what came to pass, and is left alone; "is to blame" judges); so is
 * what "would" or "will have to" be done, what someone was told ("… that Aghavno, Sus and Berdzor would have to be vacated by 25 August").
 */
const ARRANGED =
  /\b(?:(?:is|are)\s+to(?:\s+be)?|(?:must|should)\s+be|(?:would|will)\s+have\s+to(?:\s+be)?)\s+(?!blame\b)[a-z]+(?:\s+[a-z-]+){0,6}?\s+(?:on|in|by)\s+(?:the\s+)?$/i;
/** "a division based in Hama, to be set up by the end of 2025": an infinitive after a comma sets what is to be done by the date. */
const TO_BE_DONE_BY = /,\s+to\s+be\s+[a-z]+(?:\s+(?:up|out|off|down|over))?\s+by\s+(?:the\s+)?$/i;
/**
 * "the agreement …, under which the Kurdish-led force was to merge into the institutions of the state by the end of the year": a
 * past "was to" up to a "by" bound sets a deadline, as "is to" does; without the "by" it may narrate what came to pass. A list may
 * stand between ("Armenia was to return the Agdam, Kalbajar and Lachin districts to Azerbaijan by 1 December"), and a comma before
 * the "by" ("The base was to be closed first, by the end of 2007").
 */
const ARRANGED_BY = /\b(?:was|were)\s+to(?:\s+be)?\s+(?!blame\b)[a-z]+(?:,?\s+[\wÀ-ɏ-]+){0,10}?,?\s+by\s+(?:the\s+)?$/i;

/**
 * "return Kalbajar by 15 November, Agdam by 20 November and Lachin by 1 December": a later item of a list of deadlines,
 * a name and its "by" right after the date before it, is a deadline as that first one is.
 */
const DEADLINE_LIST_ITEM = new RegExp(
  `(?:\\d{1,2}\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2}\\b)(?:,?\\s+\\d{4})?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?[A-Z][\\wÀ-ɏ'’-]*(?:\\s+[A-Z][\\wÀ-ɏ'’-]*){0,2}\\s+by\\s+(?:the\\s+)?$`,
);
/** How far back a list item's words are read, and how many items back a list is followed. */
const LIST_ITEM_NEAR = 80;
const LIST_ITEMS = 4;

/**
 * "Armenia agreed to return the districts of Aghdam, Kalbajar and Lachin by 1 December": what a party bound itself
 * to do by the date, a deadline as "had been given until 10 June" is, and so is what it aimed or hoped to do by it ("said
 * that Russia aimed to take the town by 9 May", "The restorers hope to finish the tower by the end of October", "hoped to resume
 * building by the end of the summer"), or what people were asked to do by it ("have been asked to register by the end of the week").
 * A "by" after "and", "but" or "then" opens a clause of its own ("agreed to withdraw, and by 5 May they had left").
 */
const UNDERTAKEN_BY =
  /\b(?:agreed|agrees|agree|promised|pledged|undertook|vowed|committed|obliged|required|ordered|asked|aimed|aims|aim|hoped|hopes|hope|intended|intends|intend|sought|seeks|seek|plans|plan)\s+(?:[a-z]+\s+)?to\s+[a-z]+\b(?:(?:(?!,\s*(?:and|but)\s)[^;.]){0,100}?\s(?!(?:and|but|then)\b)[^\s,;.]+)?\s+by\s+(?:the\s+)?(?:end\s+of\s+the\s+)?$/i;
/**
 * "The army has promised another convoy from Mopti before the end of the month": a thing promised or pledged, named as a noun, is
 * due "before", "by" or "within" the time, its target; "promised another convoy on Tuesday" may be the promise's day, left alone.
 */
const PROMISED_THING_BEFORE =
  /\b(?:promised|pledged)\s+(?:an?|another|more|new|further|the|its|their)\s+(?:[^\s,;.]+\s+){0,6}?(?:before|by|within)\s+(?:the\s+)?$/i;
/**
 * "had promised to hand over to an elected government in March 2024": what a party promised or pledged to do in a month or a
 * year lies ahead of the promise, its target as "by" one is, and so does what a party now plans, hopes or intends to do then ("hopes
 * to restart a second furnace in 2026", "plans to hold its annual rice fair in Ségou from 12 to 14 December", "Volunteers plan to
 * send two more buses on Saturday", "plans to pave the main street before the winter", but not "announced a plan to rebuild the
 * town in 2021", a noun); a clause of its own
 * after "and", "but" or "then" is not part of it
 * ("promised to rebuild the seawall, and work began in the spring of 2022").
 */
const PROMISED_IN =
  /\b(?<!\b(?:a|an|the|its|their|his|her|our)\s)(?:promised|pledged|vowed|undertook|committed\s+itself|plans|plan|hopes|hope|intends|intend)\s+to\s+[a-z]+\b(?:(?:(?!,\s*(?:and|but)\s)[^;.]){0,60}?\s(?!(?:and|but|then)\b)[^\s,;.]+)?\s+(?:in|from|on|before)\s+(?:the\s+)?$/i;

/**
 * "It requires men aged 18 to 60 to update their details with the military within 60 days": what a law or a rule, told in the
 * present, requires or allows someone to do by a date is its term (guide: what a rule says will follow), no happening.
 */
const RULE_REQUIRES = /\b(?:requires|obliges|compels|allows|permits)\s+(?:[\wÀ-ɏ'’-]+\s+){0,5}?to\s+[a-z]+\b[^;.]{0,60}?\s$/i;

/**
 * "Under the constitution, a presidential election should have been held last year": what ought to have happened then says it
 * did not (GUIDE.md: not asserted as having happened), as a deadline missed; the verb's clause only, a few words between.
 */
const OUGHT_TO_HAVE = /\b(?:should|ought\s+to)\s+have\s+(?:been\s+)?[a-z]+\b(?:\s+[\wÀ-ɏ'’-]+){0,5}?\s+(?:(?:in|on|by)\s+(?:the\s+)?)?$/i;

/**
 * "threatened to withdraw his forces from the city on 10 May if they did not receive ammunition": what a party threatened
 * to do on the date lies ahead of the threat, a deadline as "agreed to return … by 1 December" is, and moves no anchor; a clause
 * of its own after ", and" ("threatened to intervene but never did, and in January 2024 Niger announced …") is no part of it.
 */
const THREATENED_FOR = /\bthreaten(?:s|ed|ing)?\s+to\s+[a-z]+\b(?:(?!,\s*(?:and|but)\s)[^;.]){0,60}?\s(?:on|by|in)\s+(?:the\s+)?$/i;

/**
 * "They agreed to begin work on the next section of the border, …, and to hold their next meeting in Baku in January": a meeting
 * a party agreed or decided to hold is planned for its date, as "set for 31 March" is; after "and", the infinitive of a meeting
 * stands in the same plan as the one before it.
 */
const AGREED_TO_MEET = /(?:\b(?:agreed|decided|promised|pledged)\s+|,?\s+and\s+)to\s+(?:hold|meet|reconvene|resume)\b[^,;.]{0,60}\s(?:in|on)\s+(?:the\s+)?$/i;

/**
 * "a wider Russian effort to take the southern front before the winter of 2024–2025": what an effort, an attempt or a bid set out
 * to do before or by the date is its goal, a deadline as "agreed to return … by 1 December" is, not when anything happened;
 * comma-free, and a "before" after "and", "but" or "then" opens a clause of its own.
 */
const AIMED_BEFORE =
  /\b(?:effort|efforts|attempt|attempts|bid|drive|push|race|plan|goal|aim)\s+to\s+[a-z]+\b(?:[^;.,]{0,60}?\s(?!(?:and|but|then)\b)[^\s,;.]+)?\s+(?:before|by)\s+(?:the\s+)?$/i;

/**
 * "signed a decree dissolving the republic's institutions by 1 January 2024", "The government plans a population of 35,000
 * by 2040": what a decree orders or a plan, told in the present, aims at by the date, a deadline as "agreed to return … by
 * 1 December" is; comma-free, and as there a "by" after "and", "but" or "then" opens a clause of its own.
 */
const DECREED_BY =
  /\b(?:decree|ultimatum|plans|aims|intends|expects|targets)\b(?:(?:[^,;.]|\d[,.]\d){0,60}?\s(?!(?:and|but|then)\b)(?:[^\s,;.]|\d[,.]\d)+)?\s+by\s+(?:the\s+)?$/i;

/**
 * "The mayor announced a 35-hour curfew from the evening of 15 March": the day an announced measure starts is a day the
 * announcement looks ahead to, as "He said Wagner would pull out on 10 May" is (guide), the announcing itself undated; a
 * measure imposed from a day ("imposed a curfew from 26 February") is in force from it.
 */
const ANNOUNCED_FROM = /\bannounced\s+(?:a|an|the)\s+(?:[\wÀ-ɏ-]+\s+){0,4}?from\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$/i;

/**
 * "passed a resolution demanding that the bases be closed by 1 January 2006": what a demand asks to be done by a date is a
 * deadline, as what a party agreed to do by it is; comma-free, a few words between.
 */
const DEMANDED_BY =
  /\b(?:demand|demands|demanded|demanding|calling\s+for|called\s+for|urging|urged|insisting|insisted)\s+that\s+[^,;.]{1,60}?\s(?:be|is|are|should\s+be|must\s+be)\s+[a-z]+(?:ed|en|wn)\s+by\s+(?:the\s+)?$/i;

/**
 * "The movement announced that it would resume its rallies in August", "Russian Railways said delays should be cleared by
 * Thursday", "He said the government would allow more water to be released over the next ten days" (the phrase holding its
 * own preposition): a "would" or "should" clause reporting what someone said or announced is what they looked ahead to, as "He said
 * Wagner would pull out of Bakhmut on 10 May" is (guide), the saying itself undated; only the reported clause right after the
 * verb (or its "that") and a short subject, so a narrating "would" ("the siege would end in May") stays.
 */
const REPORTED_FUTURE =
  /\b(?:said|announced|declared|stated|promised|pledged|vowed|warned|told\s+[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+)?)\s+(?:that\s+)?(?:[\wÀ-ɏ'’-]+\s+){1,4}?(?:would|should)\s+(?!(?:later|eventually|subsequently)\b)(?:not\s+)?[a-z]+(?:\s+[\wÀ-ɏ'’-]+){0,8}?\s+(?:(?:in|on|by)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?)?$/i;

/** Whether a date is a later item of a list of deadlines ("…, Agdam by 20 November"), given the sentence before it. */
export function continuesDeadlineList(before: string): boolean {
  let text = before;
  for (let item = 0; item < LIST_ITEMS; item++) {
    const tail = text.slice(-LIST_ITEM_NEAR);
    const match = DEADLINE_LIST_ITEM.exec(tail);
    if (match === null) return false;
    text = text.slice(0, text.length - tail.length + match.index);
    if (isDueOrPlanned(text.slice(-LIST_ITEM_NEAR))) return true;
  }
  return false;
}

/**
 * "kept their own self-government until 1765, when Catherine II abolished them": a bound followed by a "when" clause telling
 * what happened on it is the day of that happening, as the bound of a state that lasted is (guide), never a deadline.
 */
const BOUND_TOLD_WHEN = /^\s*,\s*when\s/i;

/**
 * "The army's general staff did not comment until Tuesday", "Prigozhin was silent until Monday", "It was not until 12 September that
 * processing resumed": what did not happen until a day happened on it, no deadline ("which it would not fully reopen until 2020" looks ahead: left to the deadline).
 */
const NOT_UNTIL = /\b(?:did\s+not|didn['’]t|it\s+was\s+not|(?:was|were|remained|kept)\s+(?:silent|quiet))\b[^,;.]{0,60}\s(?:until|till)\s+$/i;

/** Whether the words before a date make it a deadline, a plan or what an undertaking or a decree aims at. */
export function isDueOrPlanned(near: string, after = ''): boolean {
  return ((DEADLINE.test(near) && !LASTED_UNTIL.test(near) && !NOT_UNTIL.test(near)) || isPlannedFor(near)) && !FAILED_ON_THE_DAY.test(after);
}

/**
 * "The summit … was supposed to be held in Bamako in February, but it never took place": a failure the text asserts, on the day
 * the plan gave, is a happening of that day (guide: "a delegation that was supposed to fly in never turned up"), no deadline.
 */
const FAILED_ON_THE_DAY =
  /^[^;.]{0,40}?,?\s+but\s+(?:it|they|the\s+[\wÀ-ɏ-]+)\s+(?:never|did\s+not|didn['’]t)\s+(?:took|take|happened|happen|came|come|met|meet|turned\s+up|turn\s+up)\b/i;

/**
 * Whether an "until" bound is the day of what a "when" clause after it tells: a clause's date, which yields to a main
 * clause's or an opening phrase's ("On the same day, Mariupol was declared the centre, a role it kept until October 2014,
 * when …" is of that same day).
 */
export const isBoundToldWhen = (near: string, after: string): boolean => DEADLINE.test(near) && !LASTED_UNTIL.test(near) && BOUND_TOLD_WHEN.test(after);

/**
 * "The outgoing deputies have been given until Friday to hand back their official cars", "gave the government until the end of
 * the month", "gives residents until the end of the month to leave": the time someone was given to act is a deadline, whatever
 * its words (a bare "until" is not, below).
 */
const GIVEN_UNTIL = /\b(?:given|gave|gives|give|granted|grants|grant|giving)\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?until\s+(?:the\s+)?$/i;

/**
 * "The trial is due to open later this month": in a news post, what the present says is due, set or expected up to a phrase of the
 * writing's time with no preposition of its own lies ahead (guide: forecasts); what the past said was due then ("Work … was due to
 * start this spring, but the tender was cancelled in April") is the plan's date, no happening, unless it failed on that day.
 */
const DUE_NOW = /\b(?:is|are|was|were)\s+(?:now\s+)?(?:due|scheduled|set|expected|planned|supposed)\s+to\s+[a-z]+(?:\s+[a-z-]+){0,5}?\s+$/i;

/** Whether the words before a news post's date make it what the present says is due then, or the past said was. */
export function isDueNow(near: string, after: string): boolean {
  return DUE_NOW.test(near) && !FAILED_ON_THE_DAY.test(after);
}

/**
 * Whether the words before a date make it what a plan, an undertaking or a decree aims at ("are due to finish their work by",
 * "agreed to return the districts by"). A bare "until" is left out: before a relative phrase it bounds what was told ("could
 * be heard until late in the day", "did not confirm it until the next day"), no deadline.
 */
export function isPlannedFor(near: string): boolean {
  return (
    POSTPONED_TO.test(near) ||
    GIVEN_UNTIL.test(near) ||
    SCHEDULED.test(near) ||
    PLANNED_FOR.test(near) ||
    SCHEDULED_THING_FOR.test(near) ||
    DUE_ON.test(near) ||
    ANNOUNCED_FROM.test(near) ||
    ARRANGED.test(near) ||
    ARRANGED_BY.test(near) ||
    TO_BE_DONE_BY.test(near) ||
    CONDITION_BY.test(near) ||
    UNDERTAKEN_BY.test(near) ||
    PROMISED_IN.test(near) ||
    PROMISED_THING_BEFORE.test(near) ||
    RULE_REQUIRES.test(near) ||
    AIMED_BEFORE.test(near) ||
    AGREED_TO_MEET.test(near) ||
    DECREED_BY.test(near) ||
    THREATENED_FOR.test(near) ||
    OUGHT_TO_HAVE.test(near) ||
    DEMANDED_BY.test(near) ||
    REPORTED_FUTURE.test(near)
  );
}
