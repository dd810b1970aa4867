/**
 * The one place that says which stage may import which. Data flows down this list: a file may
 * import from its own folder and from the stages of any earlier layer, never from a later layer
 * or from a sibling in its own layer. Each name is a folder of `src/` (or a file at its root).
 * `npm run check:imports` (part of `npm test`) fails on any import against this order, and on
 * any import cycle between files.
 */
export const STAGE_LAYERS: readonly (readonly string[])[] = [
  // The contract: zod schemas of the content files.
  ['schemas'],
  // Text to checked data and markdown trees.
  ['parse'],
  // The domain: dates and events; places, coordinates and geometry. Neither knows the other.
  ['timeline', 'geo'],
  // Pure data for a page and the builders that make it; its types in model/types.ts.
  ['model'],
  // Where the site lives and what it may load (URLs, content security policy).
  ['deploy'],
  // Everything that turns the model into bytes: HTML of the prose, SVG and PNG maps, cards, JSON-LD.
  ['render'],
  // The content loader: composes parse → timeline/geo → model → render for each file.
  ['loaders'],
  // What the browser runs, and the stylesheet.
  ['client', 'styles'],
  ['components', 'layouts'],
  // Routes: Astro's pages, the event-page integration (its own routes and writer), the CLI.
  ['pages', 'eventPages', 'cli', 'content.config.ts'],
];
