/**
 * Sentences whose date is stated, so it anchors what follows, but that tell no happening of their own (GUIDE.md): a line
 * presenting a quoted post, one that only names or judges a day, the clip of a happening just told dated by its release,
 * the reporters' own visit on a day they open with, a "During" phrase whose clause dates only the war it names, a grudge
 * held over a dated happening, a picture's credit line, and a list line naming who held a post in a term.
 */
import { showsReleasedClip } from './clipDateLine.ts';
import { isTimeOfDay, type DateMention } from './dateMention.ts';
import { datesOpeningHappening } from './namedThingsPast.ts';
import { namesDayOnly } from './dayNamingLine.ts';
import { presentsQuotedPost } from './quotedPost.ts';
import { datesReportersVisit } from './reportersWork.ts';

/** Whether a dated sentence only anchors what follows. */
export function onlyAnchors(sentence: string, mentions: readonly DateMention[]): boolean {
  return (
    presentsQuotedPost(sentence, mentions) ||
    namesDayOnly(sentence) ||
    showsReleasedClip(sentence, mentions) ||
    datesReportersVisit(sentence) ||
    setsSceneOnly(sentence, mentions) ||
    GRUDGE_HELD.test(sentence) ||
    creditsSource(sentence, mentions) ||
    namesTermOnly(sentence, mentions)
  );
}

/**
 * "Colonel Sergey Muchkaev (c. 2012–2016)", "Ruslan Onyshchenko (June–October 2014)": a list line giving only a name, its words
 * capitalised, and in brackets the dates of a term names who held a post then, no happening (no gold reads one as an event).
 */
const NAME_THEN_BRACKET = /^(?:[A-Z][\wÀ-ɏ'’.-]*\s+){1,6}\([^()]{1,80}\)\.?\s*$/;

function namesTermOnly(sentence: string, mentions: readonly DateMention[]): boolean {
  if (mentions.length === 0 || !NAME_THEN_BRACKET.test(sentence)) return false;
  const open = sentence.indexOf('(');
  return mentions.every((mention) => mention.index > open);
}

/**
 * "Photo: Dubno town council, Nov. 28", "Screenshot: al-Manar, Feb. 5": a credit line names who took or published a picture and
 * when, no happening (no gold reads one as an event); its day is stated, so it anchors what follows, as a clip's dating line does.
 */
const CREDIT_BEFORE_DATE = /^(?:Photos?|Screenshots?|Videos?|Images?|Footage|Source)\s*:\s+[^:]{1,80},\s+$/;

function creditsSource(sentence: string, mentions: readonly DateMention[]): boolean {
  const [only, ...rest] = mentions;
  if (only?.kind !== 'absolute' || rest.length > 0) return false;
  return CREDIT_BEFORE_DATE.test(sentence.slice(0, only.index)) && /^\.?\s*$/.test(sentence.slice(only.index + only.text.length));
}

/**
 * "Baku has not forgiven Moscow for the crash of an Azerbaijani jet near Aktau on 25 December last year": a grudge or a refusal
 * held to this day, whose object is a dated happening, tells no happening of its own (guide: a happening that is only the
 * object of the sentence's own one dates that object, and with no date of its own the sentence is not an event); the crash's
 * day is still stated, so "three days later" after it counts from it. The subject and its verb open the sentence.
 */
const GRUDGE_HELD = /^[A-Z][^,;.]{0,60}?\s(?:has|have)\s+(?:not|never)\s+(?:forgiven|forgotten|accepted|recognised|recognized)\s/;

/** "That evening" or "the same day" points back to a day; a bare time of day ("from before dawn") points to none. */
const POINTS_BACK = /\b(?:that|this|same|next|following|previous)\b/i;

/**
 * "During the Second Nagorno-Karabakh War, which began on 27 September 2020, the corps was responsible for the northern sector":
 * the main clause falls somewhere in that war, not on its first day, so the clause dates nothing (guide); but its day is stated,
 * so "On the first day of the war" and a bare "3 October" after it count from it.
 */
function setsSceneOnly(sentence: string, mentions: readonly DateMention[]): boolean {
  const [only, ...rest] = mentions;
  // A time of day the main clause tells a habit by ("residents queued for bread from before dawn") names no day of the war.
  const timesOfDayOnly = rest.every((mention) => isTimeOfDay(mention) && mention.story === undefined && !POINTS_BACK.test(mention.text));
  if (only?.kind !== 'absolute' || !timesOfDayOnly || !sentence.startsWith('During ')) return false;
  const flat = sentence.replace(/[\r\n]/g, ' ');
  return datesOpeningHappening(flat.slice(0, only.index), flat.slice(only.index + only.text.length));
}
