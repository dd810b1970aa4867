/**
 * A video report dates its material clip by clip: "The next clip is from two days later." names no happening, only the
 * day of the clip that follows; the sentence telling what that clip shows, with no date of its own, happened on it (GUIDE.md).
 */
import { isTimeOfDay, type DateMention } from './dateMention.ts';
import { PICTURE_NOUN } from './pictureNouns.ts';

/**
 * "The next clip is from", "This video was filmed", "The most spectacular footage comes", "The last video in this report was
 * filmed", "The first clip from the district is filmed", "The first clip from this spring is from", "The company's last clip from
 * inside the mine is dated", "The last clip of this report is dated", "The video from July 19 is filmed", "The bodycam footage in
 * the next clip was filmed", "This drone video,
 * posted by the 59th Motorized Brigade, was filmed", "The next clip, from a Russian military channel, is dated": a clip of the
 * material, with at most two plain words before its noun and the subject or the set of clips it belongs to after it, then its
 * date; "This is the last clip, filmed on Aug. 24" and "This is a clip that a Ukrainian infantryman filmed on his helmet camera on" too. "It was filmed", told right after a line on the clip, is the same (a thing "filmed" or "recorded" is a clip; "It was
 * taken" may be a town). Reads only the first words.
 */
const DATES_CLIP =
  /^It\s+(?:was|is)\s+(?:filmed|recorded|shot)\b|^This\s+is\s+(?:the|our|a)\s+(?:[a-z'’-]+\s+){0,2}?(?:clip|video|footage)(?:,\s+|\s+that\s+(?:[^,;.]{1,60}?\s)?)(?:filmed|recorded|shot|taken)\b|^(?:the|this|that|another)(?:\s+[a-z'’-]+){0,2}?\s+(?:clip|video|footage|recording|photo|picture|image)s?(?:\s+(?:of\s+(?:the\s+|this\s+|our\s+)?|in\s+(?:this|the|our)\s+(?:(?:next|first|last|second|third|following|final)\s+)?|from\s+(?:inside\s+|within\s+)?(?:the\s+|this\s+|that\s+)?)[a-z-]+(?:\s+(?:\d{1,2}\b|centre|center|square|street|road|bridge|school|station))?)?(?:\s+(?:everyone|we|you|that|which|most)(?:\s+[a-z'’]+){1,4}?)?(?:,\s+(?:(?:posted|filmed|released|published|shared|taken|recorded|shot)\s+by|from)\s+[^,;.]{1,60},)?\s+(?:(?:is|was|are|were)\s+(?:from|filmed|taken|recorded|shot|released|posted|published|dated)|comes|came)\b/i;

/**
 * "Here is the view two days later.", "Here's the same scene a week later": the report showing its next clip by the day it was
 * filmed, as "The next clip is from two days later." does; what it shows is told next.
 */
const HERE_IS_CLIP = new RegExp(`^Here(?:\\s+is|['’]s)\\s+(?:the|a|an|our)(?:\\s+same)?\\s+(?:view|scene|${PICTURE_NOUN})\\b`, 'i');

/** The day a cleft opens with, up to its "when": a month's abbreviation may end in a point ("It's Aug. 9 when …"). */
const CLEFT_DAY = String.raw`(?:[^.;]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.){1,80}?`;

/**
 * "It's April 2, a month after the strikes, when the first drone footage from the town is released.": the report's cleft
 * opening names only the day its material came out, or was filmed ("… when the first satellite images of the depot after the
 * second attack are released", "… when this drone footage is released by the Ukrainian side", "… when the first clip is filmed by a Ukrainian drone over
 * the eastern edge of the village", "…, by a Ukrainian drone hovering over the northern edge of the village", "… when the next big video appears");
 * what the footage shows is told next (GUIDE.md). The whole sentence must be that, so "It's March 1 when the first aircraft comes in" stays a happening.
 */
const CLEFT_DATES_CLIP = new RegExp(
  `^It['’]s\\s${CLEFT_DAY}\\bwhen\\s+(?:the|a|this|that)(?:\\s+[a-z-]+){0,3}?\\s+${PICTURE_NOUN}(?:\\s+(?:from|of|after|in)(?:\\s+[a-z-]+){1,3}?){0,2}\\s+(?:(?:is|are)\\s+(?:released|posted|published|filmed|taken|recorded|shot)|appears|surfaces|emerges|comes\\s+out)(?:,?\\s+(?:by|on|from|over|above)\\s+(?:the\\s+)?[\\wÀ-ɏ'’-]+(?:\\s+[\\wÀ-ɏ'’-]+){0,3}(?:\\s+of\\s+(?:the\\s+)?[\\wÀ-ɏ'’-]+)?){0,2}(?:\\s+[a-z]{3,}ing\\s[^.;]{1,60}?)?\\s*\\.?\\s*$`,
  'i',
);

/**
 * "It's May 19 when a Ukrainian drone operator posts the longest clip in our set.": the cleft names the day its author put the
 * clip out, told actively as "Kozatskyi … posts his series on 5/10" is; what the clip shows is told next.
 */
const CLEFT_POSTS_CLIP = new RegExp(
  `^It['’]s\\s${CLEFT_DAY}\\bwhen\\s+(?:the|a|an|his|her|their|its)(?:\\s+[\\wÀ-ɏ'’-]+){0,3}?\\s+(?:posts|releases|publishes|uploads|shares)\\s+(?:the|a|an|his|her|their|its|this)(?:\\s+[a-z-]+){0,3}?\\s+${PICTURE_NOUN}(?:\\s+(?:in|of|from)\\s+(?:our|the|this|his|her|their)(?:\\s+[a-z-]+){1,2})?\\s*\\.?\\s*$`,
  'i',
);

/**
 * "Four days after the sinking, on April 18, the first photos of the Moskva surface on Telegram.": a dated opening, then only
 * the material coming out (GUIDE.md: when it was released or posted names no happening); what the photos show is told next.
 */
const DATED_RELEASE = new RegExp(
  `^[^.;]{1,80}?,\\s+(?:the|a|an)(?:\\s+[a-z-]+){0,2}?\\s+${PICTURE_NOUN}(?:\\s+(?:from|of)(?:\\s+[\\wÀ-ɏ'’-]+){1,3}?)?\\s+(?:surface|appear|emerge)s?(?:\\s+online|\\s+on\\s+(?:social\\s+media|[\\wÀ-ɏ-]+(?:\\s+and\\s+[\\wÀ-ɏ-]+)?))?\\s*\\.?\\s*$`,
  'i',
);

/**
 * "On June 21, the brigade posts this video from the centre of the village.": a dated opening, then only its author putting the
 * material the report shows ("this video") out, as "Four days after the sinking, on April 18, the first photos … surface" is; what it
 * shows is told next. "On July 1, a Ukrainian unit posts a video from a trench at the edge of the refinery's grounds" tells where
 * the unit stood that day: a happening.
 */
const DATED_POSTING = new RegExp(
  `^[^.;,]{1,40},\\s+(?:the|a|an|its|his|her|their)(?:\\s+[\\wÀ-ɏ'’-]+){0,3}?\\s+(?:posts|posted|releases|released|publishes|published|uploads|uploaded|shares|shared)\\s+(?:this|these)(?:\\s+[a-z-]+){0,2}?\\s+${PICTURE_NOUN}(?:\\s+(?:from|of)\\s+[^.;,]{1,60})?\\s*\\.?\\s*$`,
  'i',
);

/**
 * "The timestamp on the next clip reads Dec. 18, 04:32.": the camera's own date, read off the clip, dates it as "is from" does.
 */
const CLIP_TIMESTAMP = new RegExp(
  `^(?:the|its)\\s+(?:time\\s*stamp|date\\s+stamp|date)\\s+(?:on|of|in)\\s+(?:the|this|that)(?:\\s+[a-z-]+){0,2}?\\s+${PICTURE_NOUN}\\s+(?:reads|says|shows)\\b`,
  'i',
);

/**
 * "The earliest letter in the stack is dated", "This diary entry was written", "The first entry is dated", "Mykola's last entry is dated",
 * "The earliest of the letters is dated", "Her last letter is dated":
 * a document the report reads from is dated as
 * a clip is (GUIDE.md), and what its author writes is told in the next sentence.
 */
const DATES_DOCUMENT =
  /^(?:the|this|that|another|his|her|their|its|(?:[A-Z][\wÀ-ɏ'’-]*['’]s))(?:\s+[a-z-]+){0,2}?\s+(?:(?:of\s+(?:the|his|her|their)\s+)?letters?|diary\s+entry|diary\s+page|note|entry|page)(?:\s+(?:in|from|of)\s+(?:the|this|that|his|her|their)\s+[a-z-]+)?\s+(?:is|was)\s+(?:dated|written|from)\b/i;

/**
 * "Here is a local chat from that morning, times as in the chat:", "A spotter gave us his group's chat from the night of
 * October 11th (times as in the original):", "Here is a page of the team medic's notebook from that day, times as he wrote them:": a
 * line introducing a chat log or a notebook the report quotes dates that document, as a
 * clip's line does (GUIDE.md); the log's lines are the chatters' words. The chat's noun stands just before its date (whose
 * mention may hold the "from": "from the 11th").
 */
const CHAT_BEFORE_DATE =
  /\b(?:chat|chats|log|messages|conversation|correspondence|group|notebook|diary|journal)(?:\s+with\s+[a-z]+)?\s+(?:(?:from|on)\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?)?$/i;
/** What may follow a chat's date in the line introducing it: an aside on its times, then the colon that opens the log. */
const INTRODUCES_LOG = /^\s*(?:,[^.;:()]{0,60}|\([^.;:()]{0,60}\))?\s*:\s*$/;

/**
 * "Kozatskyi, the soldier behind the photos, posts his series on 5/10.", "The brigade posted the video on its Telegram channel two
 * days later.", "A Ukrainian brigade posts this video on November 22.", "A Ukrainian reconnaissance drone recorded this footage on
 * March 19.": a line that only dates when its author made or put the material out (and where), its date closing it, dates the clip as
 * "This video was released on" does; what it shows is told next.
 */
const POSTS_MATERIAL = new RegExp(
  `\\b(?:posts|posted|releases|released|publishes|published|uploads|uploaded|puts\\s+out|put\\s+out|records|recorded|films|filmed)\\s+(?:his|her|their|its|the|a|an|this|that)(?:\\s+[a-z-]+){0,2}?\\s+(?:series|${PICTURE_NOUN})(?:\\s+(?:on|from)|\\s+(?:on|to|via)\\s+(?:its|his|her|their|the)(?:\\s+[\\wÀ-ɏ'’-]+){1,3}?(?:\\s+(?:on|from))?)\\s+$`,
  'i',
);

/**
 * "In this video, released by a Ukrainian unit on Aug. 7, ": the clip of a happening just told, dated only by when it came
 * out, the aside closing on that date; what it shows then took place on the happening's day (GUIDE.md). So is the clip as the
 * subject ("The first video, posted by a neighbour minutes later, shows the roof on fire", "The drone footage released by the
 * city the next morning shows two trolleybuses burning").
 */
const RELEASED_ASIDE = new RegExp(
  `^(In\\s+)?(?:this|that|the|another)(?:\\s+[a-z-]+){0,2}?\\s+${PICTURE_NOUN}(,)?\\s+(?:released|posted|published|uploaded|shared)(?:\\s+by\\s+[^,;.]{1,60}?)?\\s+(?:on\\s+)?$`,
  'i',
);

/**
 * Whether a sentence tells what the clip of a happening already told shows, its only date the day that clip was released:
 * that adds to the happening and is no event, though the date, being stated, anchors what follows (GUIDE.md).
 */
export function showsReleasedClip(sentence: string, mentions: readonly DateMention[]): boolean {
  // A moment of what the clip shows ("seconds before the impact") is no date of the clip's own.
  const dated = mentions.filter((mention) => !(mention.kind === 'relative' && mention.fromNamedHappening === true));
  const [only] = dated;
  if (only === undefined || dated.length !== 1) return false;
  const aside = RELEASED_ASIDE.exec(sentence.slice(0, only.index));
  // As the subject, the clip shows the happening just told only when it came out counted from it ("minutes later", "that
  // evening"); "This clip, posted on Feb. 23, shows drones dropping …" tells what it shows on its own day.
  if (aside === null || (aside[1] === undefined && only.kind !== 'relative')) return false;
  const rest = sentence.slice(only.index + only.text.length);
  // Told without commas, the release is the subject's own ("The drone footage released by the city the next morning shows …").
  return aside[2] === undefined && aside[1] === undefined ? /^\s+(?:shows?|showed)\b/.test(rest) : rest.startsWith(',');
}

/**
 * What may follow a clip's date when the line only dates it: where the camera stood, who held it ("by a Ukrainian drone", "by
 * one of the residents": the filmer names no happening) and a time of that same day ("is filmed at about 5 a.m. from the left
 * bank, just after dawn.", "from January 8, shortly after 4 p.m.", "from a car's dashboard camera", "by a crane operator on the roof of the assembly shop", "by a
 * Ukrainian brigade holding the high ground west of the village", "by a soldier of an air defence mobile group stationed near the
 * village", "by a dashboard camera in a car driving north towards Kharkiv", "by volunteers of an evacuation group from Pokrovsk", "by a soldier of the 33rd Separate Mechanised Brigade from a basement across the
 * street", "from a few
 * hours later, when it is already light", "on Shevchenka Street, a few hundred metres from the depot", "in a cellar under the village shop", "with a thermal camera", "from a
 * hill about five kilometres away"), who put it out (", according to the brigade, which published it") and what the place
 * had become ("over a tree line, where Russian operators had dug in": no happening of the clip's day), the times already cut out;
 * the filmer may be named, with what they are between commas ("by Valentyna, a resident, from her kitchen window", "by a resident,
 * Mykola, from his garden", "by the "White Angels", the police evacuation team from Pokrovsk", "by Halyna, 71, from the door of
 * her cellar", "by Andrii, a volunteer from Mykolaiv who brought drinking water into the village twice a week"), and the
 * filming told as a participle (", filmed by a resident from the door of his cellar"), and the filmer described by what they kept
 * or did ("by a woman who kept her phone hidden in a jar of flour", "by a volunteer who drives bread to the village twice a week",
 * "by police officers who drive an armoured van through the village"), the filming before where it was done (", filmed from the slope
 * above the fish farm"),
 * and where it was put out ("by a Russian soldier and posted to a Telegram channel of his unit"); the day's weekday in apposition
 * (", a Saturday") too, and the filming joined by "and it was" (", a Friday, and it was filmed by a border guard's body camera").
 */
const CAMERA_PLACE_AND_TIME =
  /^(?:\s*(?:,|just|shortly|soon|(?:filmed|shot|recorded)(?=\s+(?:from|on|in|at|near|over|above|outside|along|behind|inside)\s)|\d{1,2}:\d{2}|when\s+it\s+is\s+(?:already\s+|still\s+)?(?:light|dark|daylight)|(?:from|on|in|at|near|over|above|outside|with|towards|toward|along|under|below|beneath|behind|beside|inside)\s+(?:the\s+|a\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+){0,3}(?:\s+of\s+(?:the\s+|a\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+)?)?(?:\s+(?:opposite|across(?:\s+from)?|facing)\s+(?:the\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+)?)?|(?:(?:(?:and\s+it\s+)?(?:is|was)\s+)?(?:filmed|shot|recorded|taken)\s+)?by\s+(?:(?:a|an|the|one\s+of\s+(?:the|its|their|our))\s+[\wÀ-ɏ'"“”-]+(?:\s+[\wÀ-ɏ'"“”-]+){0,3}?(?:,\s+(?:the|a|an)\s+[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+){0,3}(?=\s+from\s|\s*[.,]|$))?(?:\s+of\s+(?:(?:the|a|an)\s+[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+){0,3}|[A-Z][\wÀ-ɏ'’-]+(?:\s+[A-Z][\wÀ-ɏ'’-]+)?(?:,\s+(?:a|the)\s+(?:village|town|settlement|suburb|district)\b[^,;.]{0,60})?))?(?:\s+who\s+[a-z]+\b[^,;.]{1,60})?(?:,\s+[A-Z][\wÀ-ɏ'’-]+(?:\s+[A-Z][\wÀ-ɏ'’-]+)?(?=,))?|(?:volunteers|residents|soldiers|rescuers|locals|medics|police\s+officers)(?:\s+of\s+(?:a|an|the)\s+[\wÀ-ɏ'-]+(?:\s+[\wÀ-ɏ'-]+)?)?(?:\s+who\s+[a-z]+\b[^,;.]{1,60})?|[A-Z][\wÀ-ɏ'’-]+(?:\s+[A-Z][\wÀ-ɏ'’-]+)?(?:,\s+\d{1,3}(?=,))?(?:,\s+(?:a|an|the|his|her|their|our)\s+[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+){0,3}?(?:(?=,)|\s+who\s+[a-z]+\b[^,;.]{1,60}))?)(?:\s+(?:holding|defending|manning|guarding)\s+the\s+[\wÀ-ɏ'-]+(?:\s+[\wÀ-ɏ'-]+){0,2}?(?:\s+(?:(?:north|south|east|west)\s+)?of\s+(?:the\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+)?)?)?(?:\s+(?:stationed|based|deployed)\s+(?:near|in|at|outside|around)\s+(?:the\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+)?)?|(?:a\s+few|some|(?:about\s+|nearly\s+|some\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:hundred\s+)?(?:metres|meters|kilometres|kilometers|km)\s+(?:(?:from|away\s+from|(?:north|south|east|west)\s+of)\s+(?:the\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+){0,2}|away)|according\s+to\s+(?:the\s+)?[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+){0,5}?|,\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\s+(?:the|a|an|their|its)\s+[^,;.]{1,60}|,\s+(?:[A-Z][\wÀ-ɏ'’-]*\s+){1,3}Day\b|,\s+an?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:which|who)\s+(?:published|posted|released|shared|uploaded)\s+it|and\s+(?:posted|published|released|shared|uploaded)\s+(?:to|on)\s+(?:a|an|the|his|her|their|its)\s+[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+){0,2}?(?:\s+of\s+(?:a|an|the|his|her|their|its)\s+[\wÀ-ɏ'’-]+)?|where\s*(?:,[^,.;]{1,40},)?\s+(?:[\wÀ-ɏ'’-]+\s+){1,5}?(?:had|has|have)\s+(?:been\s+)?[a-z]+\b[^.;]{0,60}))*\s*\.?\s*$/i;

/**
 * Whether a sentence opens by dating a clip ("The next clip is from July 14, when a drone drops a grenade on a van"): what the
 * next sentence tells at a moment of that happening ("The driver rolls under the van a second before the impact") is what the
 * clip shows, which only adds to the happening told (GUIDE.md).
 */
export function opensDatedClip(sentence: string): boolean {
  return DATES_CLIP.test(sentence) || HERE_IS_CLIP.test(sentence);
}

/**
 * Whether a sentence only dates the clip or document that follows: its date closes it ("The next clip is from two days
 * later."), or only the camera's place and a time of the same day come after it.
 */
export function datesNextClip(sentence: string, mentions: readonly DateMention[]): boolean {
  const first = mentions[0];
  if (first === undefined) return false;
  if (CLEFT_DATES_CLIP.test(sentence) || CLEFT_POSTS_CLIP.test(sentence)) return true;
  const before = sentence.slice(0, first.index);
  const after = sentence.slice(first.index + first.text.length);
  if (mentions.length === 1 && CHAT_BEFORE_DATE.test(before.slice(-60)) && INTRODUCES_LOG.test(after)) return true;
  if (mentions.length === 1 && POSTS_MATERIAL.test(before.slice(-80)) && /^\s*\.?\s*$/.test(after)) return true;
  if (DATED_RELEASE.test(sentence) || DATED_POSTING.test(sentence)) return true;
  if (!(opensDatedClip(sentence) || CLIP_TIMESTAMP.test(sentence) || DATES_DOCUMENT.test(sentence))) return false;
  // "The first clip is from shortly after 1 a.m. on July 18.": a time of the day may come before the clip's date as well as after it.
  // "was filmed four days later, on April 26": a count the day's date restates names that one day.
  const restated = restatedCount(sentence, mentions) ?? weekdayRestated(sentence, mentions);
  const dated = restated ?? mentions.find((mention) => !isTimeOfDay(mention)) ?? first;
  const times = restated === undefined ? mentions.filter((mention) => mention !== dated) : [];
  // "on July 4, the day after the withdrawal": the day restated from a happening, in apposition, is no second date.
  const restating = times.find((mention) => mention.kind === 'relative' && /^,\s*$/.test(sentence.slice(dated.index + dated.text.length, mention.index)));
  if (!times.every((mention) => mention === restating || isTimeOfDay(mention))) return false;
  let rest = sentence.slice(dated.index + dated.text.length);
  // Cut the later times out, last first, so the offsets before them still hold.
  for (const mention of times.filter((time) => time.index > dated.index).reverse()) {
    const at = mention.index - dated.index - dated.text.length;
    rest = rest.slice(0, at) + rest.slice(at + mention.text.length);
  }
  return CAMERA_PLACE_AND_TIME.test(rest);
}

/** The date of "on Thursday afternoon, October 9": a weekday and a time of it, then in apposition the day's date. */
function weekdayRestated(sentence: string, mentions: readonly DateMention[]): DateMention | undefined {
  const [weekday, day] = mentions;
  if (mentions.length !== 2 || weekday?.kind !== 'relative' || day?.kind !== 'absolute' || !/^on\s+[A-Z][a-z]+day$/.test(weekday.text)) return undefined;
  return /^\s+(?:morning|afternoon|evening|night),\s*$/.test(sentence.slice(weekday.index + weekday.text.length, day.index)) ? day : undefined;
}

/** The date of "four days later, on April 26": a count of days from the anchor, then in apposition the day it reaches. */
function restatedCount(sentence: string, mentions: readonly DateMention[]): DateMention | undefined {
  const [count, day] = mentions;
  if (mentions.length !== 2 || count?.kind !== 'relative' || day?.kind !== 'absolute') return undefined;
  return /^,\s*(?:on\s+)?$/.test(sentence.slice(count.index + count.text.length, day.index)) ? day : undefined;
}
