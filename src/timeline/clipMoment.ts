/**
 * A video report plays its material clip by clip: "In this transmission, an artillery spotter asks for fire on the
 * plant." The text gives no day for what a clip shows, so a moment counted from it ("the shells land within minutes")
 * has no day either, as "thirty minutes after the unit requested help" has none (GUIDE.md).
 */
import { isTimeOfDay, type DateMention } from './dateMention.ts';
import { PICTURE_NOUN } from './pictureNouns.ts';

/** "In this transmission", "In another intercept", "This exchange captures": a clip of the material, introduced. Reads only the first words. */
const OPENS_CLIP =
  /^(?:In\s+)?(?:this|another|the next|one)\s+(?:(?:series\s+of\s+)?(?:transmissions?|intercepts?|exchanges?|recordings?|clips?|radio\s+calls?))\b/i;

/**
 * "The call ends a few seconds later", "The recording cuts off minutes later": the material's own end, counted from the last
 * words it plays, a moment whose day the text does not give either.
 */
const MATERIAL_ENDS =
  /^(?:The|This|That)\s+(?:call|clip|video|recording|transmission|intercept|conversation|exchange|footage)\s+(?:ends|ended|cuts\s+off|cut\s+off|breaks\s+off|broke\s+off|stops|stopped)\b/i;

/** Whether a sentence tells where the material played stops. */
export function endsMaterial(sentence: string): boolean {
  return MATERIAL_ENDS.test(sentence);
}

/** Whether a sentence introduces a clip of the material. */
export function opensClip(sentence: string): boolean {
  return OPENS_CLIP.test(sentence);
}

/** Whether a sentence's only date is a moment counted from the happening just told ("within minutes", "an hour later"). */
export function countsMomentOnly(mentions: readonly DateMention[]): boolean {
  const only = mentions[0];
  return mentions.length === 1 && only?.kind === 'relative' && only.moment === true;
}

/**
 * "This video, filmed from a balcony in Kalach-na-Donu, shows a string of explosions along the apron and a glow over the base that
 * lasts until dawn": what a picture shows, told after the happening it shows, only adds to it (GUIDE.md); a time of day in it is a
 * moment of the picture, no day of its own, and moves no anchor ("The next morning" after it is the night's). Not a moment counted
 * from the happening ("seconds before the explosion"), which the golds split on, nor the next clip's picture.
 */
const PICTURE_SHOWS = new RegExp(
  `^(?:The|This|That)\\s+(?!(?:next|first|last|second|third|final)\\b)(?:[\\wÀ-ɏ'’-]+\\s+){0,2}?${PICTURE_NOUN}\\b(?:(?:,[^,;]{1,80}){1,3},)?\\s+shows\\b`,
  'i',
);

/** Whether a sentence tells what a picture shows and its only dates are times of day. */
export function showsTimeOfDayOnly(sentence: string, mentions: readonly DateMention[]): boolean {
  return mentions.length > 0 && PICTURE_SHOWS.test(sentence) && mentions.every((mention) => isTimeOfDay(mention) && mention.moment !== true);
}
