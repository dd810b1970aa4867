/**
 * Says what a control did in its `role="status"` region: shown beside the control and read out
 * by screen readers. Emptied first, so the same message twice is announced twice.
 */
export function announce(status: Element | null, message: string): void {
  if (!status) return;
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

/**
 * Where the clipboard is missing or refused (plain http, old browsers), the text appears in a
 * selected field after `anchor`, to copy by hand.
 */
export function showForManualCopy(anchor: Element, text: string, label: string): void {
  let field = anchor.parentElement?.querySelector<HTMLInputElement>('input.copy-field');
  if (!field) {
    field = document.createElement('input');
    field.className = 'copy-field';
    field.readOnly = true;
    field.setAttribute('aria-label', label);
    anchor.after(field);
  }
  field.value = text;
  field.focus();
  field.select();
}
