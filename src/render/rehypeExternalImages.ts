import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Pictures in the prose from hosts the site's Content-Security-Policy does not allow (a video
 * embedded as an image, a picture on some other site) would only show as a blocked, broken box
 * and a console error; they become a link to the file instead, labelled with their alt text, or
 * plain text inside a link (a linked thumbnail), since a link in a link is not HTML.
 * `<picture>` sources naming such a host are dropped, so the browser falls back to its `<img>`.
 */
export default function rehypeExternalImages(isAllowed: (url: string) => boolean) {
  const replace = (node: Element, inLink: boolean): ElementContent | undefined => {
    if (node.tagName === 'source') {
      const srcSet = node.properties['srcSet'];
      const urls = Array.isArray(srcSet) ? srcSet.map(String) : typeof srcSet === 'string' ? [srcSet] : [];
      return urls.flatMap(candidateUrls).every(isAllowed) ? node : undefined;
    }
    const src = node.properties['src'];
    if (node.tagName !== 'img' || typeof src !== 'string' || isAllowed(src)) return node;
    const alt = typeof node.properties['alt'] === 'string' && node.properties['alt'].trim() ? node.properties['alt'].trim() : unnamed(src);
    const label: ElementContent = { type: 'text', value: `External media: ${alt}` };
    if (inLink) return label;
    return { type: 'element', tagName: 'a', properties: { href: src, className: ['external-media'] }, children: [label] };
  };
  const walk = (parent: Root | Element, inLink: boolean): void => {
    const children: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type !== 'element') {
        children.push(child);
        continue;
      }
      const kept = replace(child, inLink);
      if (kept === undefined) continue;
      if (kept.type === 'element') walk(kept, inLink || kept.tagName === 'a');
      children.push(kept);
    }
    parent.children = children as typeof parent.children;
  };
  return (tree: Root) => walk(tree, false);
}

/** The URLs of a `srcset` ("a.png 1x, b.png 2x"), each a candidate the browser may fetch. */
function candidateUrls(srcSet: string): string[] {
  return srcSet
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** What to call a picture with no alt text: a clip is a "video" (its file name a long hash); a picture, its file name. */
function unnamed(url: string): string {
  return /\.(?:mp4|m4v|webm|mov|ogv)(?:[?#]|$)/i.test(url) ? 'video' : fileName(url);
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url, 'https://site.invalid/').pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}
