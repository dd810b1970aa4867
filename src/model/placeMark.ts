/**
 * The id of a place's mark in an article's map picture, which an event page names as the
 * picture's fragment (`places.svg#place-homs`) so the picture shows that place marked. Place ids
 * are slugs (see gazetteerSchema.ts), so the fragment needs no escaping.
 */
export function placeMarkId(placeId: string): string {
  return `place-${placeId}`;
}
