/**
 * The words a report names its material by: a clip or a picture shows what happened on the day it is dated, so its date is
 * that of what it shows, not the past of a named thing or a judgement (GUIDE.md).
 */
export const PICTURE_NOUN = '(?:footage|video|clip|image|photo|photograph|picture|recording|imagery)s?';
