import type { z } from 'astro/zod';
import type { bboxSchema, latLonSchema } from '../schemas/article.ts';

/** A point on the globe in decimal degrees (WGS 84), latitude first as Wikipedia writes it. */
export type LatLon = Readonly<z.infer<typeof latLonSchema>>;

/** A rectangle in decimal degrees, named by side (see `bboxSchema`). */
export type BBox = Readonly<z.infer<typeof bboxSchema>>;
