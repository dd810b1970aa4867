import { announce, copyOrOffer } from './announce.ts';

/**
 * "Share" buttons (`<div data-share-url>` from ShareControl.astro): the system's share sheet where
 * the browser has one (phones), else the page URL on the clipboard, with a confirmation in the
 * control's status region. Without JavaScript the buttons are not shown (CSS `scripting: none`):
 * the links beside them are the way to share.
 */
export function enableShareControls(root: ParentNode = document): void {
  for (const control of root.querySelectorAll<HTMLElement>('[data-share-url]')) {
    const button = control.querySelector<HTMLButtonElement>('button.share-button');
    if (!button) continue;
    button.addEventListener('click', () => void share(control, button));
  }
}

async function share(control: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const status = control.querySelector('.share-status');
  // Resolved against the address bar, so the link is right on any host and under any sub-path.
  const url = new URL(control.dataset['shareUrl'] ?? '', location.href).href;
  const data: ShareData = { title: control.dataset['shareTitle'] ?? document.title, text: control.dataset['shareText'] ?? '', url };
  if (typeof navigator.share === 'function' && (typeof navigator.canShare !== 'function' || navigator.canShare(data))) {
    try {
      await navigator.share(data);
      announce(status, 'Shared');
      return;
    } catch (error) {
      // The reader closed the sheet: nothing to say. Any other failure falls back to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  await copyOrOffer(button, status, url, { copied: 'Link copied', manual: 'Copy the link from the field', fieldLabel: 'Link to share' });
}
