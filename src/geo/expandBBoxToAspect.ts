import type { BBox } from './types.ts';
import { projectWebMercator, unprojectWebMercator } from './webMercator.ts';

/**
 * Grows a box about its centre, in Web Mercator space, to the width:height of a picture,
 * after padding each side by `padding` (a fraction of the larger side). Clip the outline to
 * the result and pass the same box to `renderMapSvg`, so land reaches every edge of the picture
 * instead of stopping at a straight cut.
 */
export function expandBBoxToAspect(bbox: BBox, width: number, height: number, padding = 0): BBox {
  const topLeft = projectWebMercator({ lat: bbox.north, lon: bbox.west });
  const bottomRight = projectWebMercator({ lat: bbox.south, lon: bbox.east });
  const margin = Math.max(bottomRight.x - topLeft.x, bottomRight.y - topLeft.y) * padding;
  let spanX = bottomRight.x - topLeft.x + 2 * margin;
  let spanY = bottomRight.y - topLeft.y + 2 * margin;
  if (spanX / spanY < width / height) spanX = (spanY * width) / height;
  else spanY = (spanX * height) / width;
  const centreX = (topLeft.x + bottomRight.x) / 2;
  const centreY = (topLeft.y + bottomRight.y) / 2;
  const northWest = unprojectWebMercator(centreX - spanX / 2, centreY - spanY / 2);
  const southEast = unprojectWebMercator(centreX + spanX / 2, centreY + spanY / 2);
  return { west: northWest.lon, south: southEast.lat, east: southEast.lon, north: northWest.lat };
}
