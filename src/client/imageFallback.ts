/**
 * A remote picture that cannot load (offline reader, blocked host) leaves only its caption
 * instead of a broken-image box. The error may fire before this script runs, so already
 * finished images are checked too.
 */
export function degradeBrokenImages(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-remote-image]')) {
    const image = figure.querySelector('img');
    if (!image) continue;
    const fail = () => figure.setAttribute('data-failed', '');
    if (image.complete && image.naturalWidth === 0) fail();
    else image.addEventListener('error', fail, { once: true });
  }
}
