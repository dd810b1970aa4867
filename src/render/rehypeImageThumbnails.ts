import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Widest a prose picture is shown (CSS pixels) times two for sharp screens. */
export const THUMBNAIL_WIDTH = 640;

/**
 * Wikipedia's `Special:Redirect/file/<name>` sends the original upload, often several
 * megabytes for a picture shown 320 px wide; with `width` it sends a thumbnail of that width
 * (MediaWiki's Special:Redirect takes `width` and `height` for files). Other URLs are left as
 * they are, and so is a URL that already asks for a size.
 */
export function thumbnailUrl(src: string, width = THUMBNAIL_WIDTH): string {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return src;
  }
  const wikipedia = url.hostname === 'wikipedia.org' || url.hostname.endsWith('.wikipedia.org');
  if (!wikipedia || !url.pathname.startsWith('/wiki/Special:Redirect/file/')) return src;
  if (url.searchParams.has('width') || url.searchParams.has('height')) return src;
  url.searchParams.set('width', String(width));
  return url.href;
}

/** Asks for thumbnails of the prose's Wikipedia pictures (see {@link thumbnailUrl}). */
export default function rehypeImageThumbnails() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const src = node.properties['src'];
      if (node.tagName === 'img' && typeof src === 'string') node.properties['src'] = thumbnailUrl(src);
    });
  };
}
