/**
 * "Copy link" buttons put an event's URL on the clipboard. Where the Clipboard API is missing or
 * refused (plain http, old browsers), the URL appears in a selected text field to copy by hand.
 * The buttons are `hidden` in the HTML: without JavaScript the permalink is the way to share.
 */
export function enableCopyLinks(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  }
}

async function copy(button: HTMLButtonElement): Promise<void> {
  // Resolved against the address bar, so the link is right on any host and under any sub-path.
  const url = new URL(button.dataset['copyLink'] ?? '', location.href).href;
  try {
    await navigator.clipboard.writeText(url);
    announce(button, 'Link copied');
  } catch {
    showForManualCopy(button, url);
  }
}

function announce(button: HTMLButtonElement, message: string): void {
  const original = button.textContent;
  button.textContent = message;
  setTimeout(() => (button.textContent = original), 2000);
}

function showForManualCopy(button: HTMLButtonElement, url: string): void {
  let field = button.parentElement?.querySelector<HTMLInputElement>('input.copy-field');
  if (!field) {
    field = document.createElement('input');
    field.className = 'copy-field';
    field.readOnly = true;
    field.setAttribute('aria-label', 'Link to this event');
    button.after(field);
  }
  field.value = url;
  field.focus();
  field.select();
}
