/**
 * The words before a date that make it what a sentence looks ahead to: a forecast ("will", "is expected to", "wants to"), and in a
 * news post what "would" or "could" come about. `recogniseDates.ts` asks, for the lead of each date.
 */
/**
 * "will decide how much of it survives the winter": a forecast, not a happening. Only a few
 * comma-free words after the modal. "would" forecasts only in a news post ("would begin on time
 * next month"): in an article it usually narrates what came to pass ("the siege would end on 20
 * May"); "would later", "would go on to" narrate in both.
 */
// Up to twelve words from "will" to the date: "they will campaign against Georgian Dream in the parliamentary election in October", "the
// company will also commission an independent review of safety in all its mines by the end of the year", and a second goal between
// commas ("is expected to reach Aghband, and the border with the Nakhchivan exclave, in 2026"); a name's letters may be accented
// ("is expected to visit Kourémalé on Thursday").
const FORECAST_WORDS =
  "\\s+(?!(?:later|go\\s+on|eventually|subsequently|soon|again|remain|become)\\b)(?:not\\s+)?[a-z]+(?:\\s+[a-zÀ-ɏ'’-]+){0,11}?(?:,\\s+and\\s+[^,;.]{1,60},(?:\\s+[a-zÀ-ɏ'’-]+){0,3}?)?\\s+$";
// "is expected to discuss the move later this week", "is still expected in Baku later this month", "The government expects the first
// turbine to be commissioned in 2027": what is awaited, in the present, forecasts as "will" does.
const IS_EXPECTED = '(?:is|are)\\s+(?:(?:widely|still|now|also)\\s+)?expected';
export const EXPECTED = `(?:${IS_EXPECTED}(?:\\s+to)?|expects\\s(?:[^,;.]{1,60}?\\s)?to)`;
// "Officials expect the remaining families to leave by the end of the month", "the Russian command wants to reach the road before
// the autumn": what someone now expects or wants, in the present, lies ahead in any text (a video report tells in the present).
// "The administration wants the children out by the end of the month": what is wanted done, told by its particle, as well.
const EXPECTS_OR_WANTS =
  "\\b(?:expect|expects|wants|want)\\s+(?:the\\s+)?(?:[\\wÀ-ɏ'’-]+\\s+){0,4}?(?:to\\s[^,;.]{1,100}|(?:out|back|home|gone|away)\\s+(?:of\\s+[^,;.]{1,40}?\\s+)?(?:by|before|within)\\s+(?:the\\s+)?)$";
// "The results are expected within two weeks": what is awaited, the span it is awaited in right after it.
const EXPECTED_WITHIN = `\\b${IS_EXPECTED}\\s+$`;
// "Several hundred families have arrived since Monday, and more were expected today, a local official said": in a news post, what
// was awaited for the day it names, told as the official put it, lies ahead of the news as "are expected" does.
const WAS_EXPECTED_WITHIN = '\\b(?:was|were)\\s+(?:still\\s+)?expected\\s+$';
const FORECAST = new RegExp(`\\b(?:will|${EXPECTED})${FORECAST_WORDS}|${EXPECTED_WITHIN}|${EXPECTS_OR_WANTS}`, 'i');
// "Forecasters expect the temperature to fall to minus 12 degrees over the weekend", "Forecasters expect more rain on Thursday", "The
// service forecasts more rain on Thursday":
// what is expected, in a news post, lies ahead; so does what someone now wants ("he wants to take away Baku's pretext for a new
// offensive after the fighting of September last year": the aim, whatever past it names, its figures' commas no clause break:
// "hopes to return another 15,000 hectares to farmers this year"), and a figure expected ("The city expects
// about 500,000 visitors this year"), or what a warning still in force is of ("has warned of more heavy rain from Thursday"), and a
// rule laid down ("The market is to close at 4 p.m.").
const NEWS_FORECAST = new RegExp(
  `\\b(?:will|would|${EXPECTED})${FORECAST_WORDS}|${EXPECTED_WITHIN}|${WAS_EXPECTED_WITHIN}|${EXPECTS_OR_WANTS}|\\b(?:expect|expects|predict|predicts|forecast|forecasts)\\s(?:[^,;.]|[,.](?=\\d{3}))(?:[^,;.]|[,.](?=\\d{3})){0,120}$|\\b(?:hopes|seeks|aims|intends)\\s+to\\s(?:[^,;.]|[,.](?=\\d{3})){1,100}$|\\b(?:has|have)\\s+warned\\s+of\\s[^,;.]{1,80}$|\\b(?:is|are)\\s+to\\s+(?:be\\s+)?[a-z]+\\b[^,;.]{0,60}$`,
  'i',
);
/**
 * "Officials say the crossing could open to foreigners before the end of the year", "the first payments should be made before the
 * end of the month": in a news post, what may or should come about lies ahead, as what will. Not what could be perceived ("smoke could be seen until the afternoon"), nor a modal of the past ("may have
 * died"); lower case only, so "May is defending the strikes" stays a name.
 */
const NEWS_MAY_COME = new RegExp(
  `\\b(?:could|can|may|might|should)(?!\\s+(?:have|not|be\\s+(?:heard|seen|felt|smelled)|hear|see|feel|smell)\\b)${FORECAST_WORDS}`,
);

/** Whether the words before a date look ahead to it: a forecast in any text, and a news post's "would", "could" and wishes. */
export function looksAhead(lead: string, isNewsPost: boolean): boolean {
  return isNewsPost ? NEWS_FORECAST.test(lead) || NEWS_MAY_COME.test(lead) : FORECAST.test(lead);
}
