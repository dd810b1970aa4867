// The model's types, apart from the builders that make them, so that no builder imports another
// for a type and every later stage (render, components, pages, client) reads them from one place.
// Each is inferred from the page contract (schemas/article.ts), which documents its fields.
import type { z } from 'astro/zod';
import type { LatLon } from '../geo/types.ts';
import type {
  articleDataSchema,
  articleEventSchema,
  headingSchema,
  infoboxModelSchema,
  infoboxRowSchema,
  infoboxSideGroupSchema,
  mapEventSchema,
  mapModelSchema,
  mapPlaceModelSchema,
  mapPlaceSchema,
  movedEventSchema,
  richBlockSchema,
  textRunSchema,
} from '../schemas/article.ts';

export type ArticleData = z.infer<typeof articleDataSchema>;
export type ArticleEvent = z.infer<typeof articleEventSchema>;
export type MovedEvent = z.infer<typeof movedEventSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type TextRun = z.infer<typeof textRunSchema>;
export type RichBlock = z.infer<typeof richBlockSchema>;
export type InfoboxRow = z.infer<typeof infoboxRowSchema>;
export type InfoboxSideGroup = z.infer<typeof infoboxSideGroupSchema>;
export type InfoboxModel = z.infer<typeof infoboxModelSchema>;
export type MapEvent = z.infer<typeof mapEventSchema>;
export type MapPlace = z.infer<typeof mapPlaceSchema>;
export type MapPlaceModel = z.infer<typeof mapPlaceModelSchema>;
export type MapModel = z.infer<typeof mapModelSchema>;

/**
 * What the map needs of a place an event names, `places.yaml`'s or one found in the prose: an
 * input of the map builder, not part of the page.
 */
export interface MapPlaceSource extends LatLon {
  readonly id: string;
  readonly name: string;
  /** The country it lies in (Natural Earth's name): `places.yaml`'s, or GeoNames' for a place of the prose (Kerch: Ukraine). */
  readonly country?: string;
  readonly wikipedia?: string;
  readonly line?: readonly LatLon[];
}
