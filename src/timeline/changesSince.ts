/**
 * A change measured since a date, of degree or of amount: a comparison with then (guide: a change measured since a date), no
 * happening. "Azerbaijan has grown more confident since its army retook Nagorno-Karabakh in September 2023", "their takings had
 * fallen by half since Monday", "the price of a sack of dried fish had fallen by a third since Monday".
 */
const GROWN_SINCE = /\b(?:has|have|had)\s+(?:grown|become|got|gotten)\s+(?:(?:much|far|ever|even)\s+)?(?:more|less)\s+[a-z]+\s+since\s[^,;.]{0,80}$/i;
const CHANGED_BY_SINCE =
  /\b(?:has|have|had)\s+(?:(?:roughly|nearly|almost|more\s+than)\s+)?(?:fallen|risen|dropped|climbed|doubled|tripled|trebled|halved)(?:\s+by\s+(?:half|a\s+third|a\s+quarter|two-thirds|\d[\d,.]*\s*(?:%|per\s*cent|percent)))?\s+since\s[^,;.]{0,80}$/i;

/** Whether `upToSince`, the sentence up to a date with the "since" before it, measures a change since that date. */
export const measuresChangeSince = (upToSince: string): boolean => GROWN_SINCE.test(upToSince) || CHANGED_BY_SINCE.test(upToSince);
