/**
 * A video report shows the posts of its story with their own day and time. A line that only presents one ("Here's a post
 * from a Kharkiv regional official that Sunday, 11:32: "…"") dates it as "Here is a local chat from that morning:" dates a
 * log (GUIDE.md): no event, an anchor. One telling that someone posted it ("A local group posted on 3/19: "…"") stays a
 * happening of that day.
 */
import type { DateMention } from './dateMention.ts';

/**
 * "Here's a post", "Here is the message", "This is one tweet", "Here is a video the cathedral's priest posted that morning,
 * 06:40: "…"", "Here is a chat of one of the brigades from that evening, times as in the chat:", "Here is the crew leader's
 * message to the group chat that evening, 19:12: "…"": the report presenting its
 * material, with what it says quoted, not telling a happening.
 */
const PRESENTS_POST =
  /^(?:here['’]s|here\s+is|this\s+is)\s+(?:a|the|one|another)(?:\s+[a-z'’-]+){0,2}?\s+(?:post|message|tweet|video|voice\s+message|chat|log|conversation)\b/i;
/** The colon that opens the quoted post, or ends the line when the post follows as a block quote ("… sent his wife that week:"). */
const OPENS_QUOTE = /:\s*(?:["“]|$)/;
/** Longer than this, the words before the colon tell more than whose post it is and when. */
const MAX_INTRO = 160;

/** Whether a sentence only presents a quoted post: every date it states stands before the colon that opens the quotation. */
export function presentsQuotedPost(sentence: string, mentions: readonly DateMention[]): boolean {
  if (!PRESENTS_POST.test(sentence)) return false;
  const opening = OPENS_QUOTE.exec(sentence);
  if (opening === null || opening.index > MAX_INTRO) return false;
  return mentions.every((mention) => mention.index + mention.text.length <= opening.index);
}
