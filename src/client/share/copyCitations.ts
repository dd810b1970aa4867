import { copyOrOffer } from './announce.ts';

/**
 * "Copy citation" buttons (`data-copy-from="<id>"`, Cite.astro) put the text of the element they
 * name on the clipboard. Hidden without JavaScript, where the citation is there to select.
 */
export function enableCitationCopy(root: ParentNode = document): void {
  // Without SITE_URL the build knows only the path: the address bar knows the rest.
  for (const url of root.querySelectorAll('.cite-url')) url.textContent = new URL(url.textContent?.trim() ?? '', location.href).href;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  }
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const text = document.getElementById(button.dataset['copyFrom'] ?? '')?.textContent?.trim() ?? '';
  const status = button.parentElement?.querySelector('.share-status') ?? null;
  await copyOrOffer(button, status, text, { copied: 'Citation copied', manual: 'Copy the citation from the field', fieldLabel: 'Citation' });
}
