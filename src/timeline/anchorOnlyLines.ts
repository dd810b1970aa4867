/**
 * Sentences whose date is stated, so it anchors what follows, but that tell no happening of their own (GUIDE.md): a line
 * presenting a quoted post, one that only names or judges a day, the clip of a happening just told dated by its release,
 * and the reporters' own visit on a day they open with.
 */
import { showsReleasedClip } from './clipDateLine.ts';
import type { DateMention } from './dateMention.ts';
import { namesDayOnly } from './dayNamingLine.ts';
import { presentsQuotedPost } from './quotedPost.ts';
import { datesReportersVisit } from './reportersWork.ts';

/** Whether a dated sentence only anchors what follows. */
export function onlyAnchors(sentence: string, mentions: readonly DateMention[]): boolean {
  return presentsQuotedPost(sentence, mentions) || namesDayOnly(sentence) || showsReleasedClip(sentence, mentions) || datesReportersVisit(sentence);
}
