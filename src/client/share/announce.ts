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

/** What {@link copyOrOffer} says in each outcome, and the name of the field it may show. */
export interface CopyMessages {
  copied: string;
  manual: string;
  fieldLabel: string;
}

/**
 * Puts `text` on the clipboard and says so; where the clipboard is refused, shows the text in a
 * field beside `anchor` to copy by hand, and says that instead.
 */
export async function copyOrOffer(anchor: Element, status: Element | null, text: string, messages: CopyMessages): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(status, messages.copied);
  } catch {
    showForManualCopy(anchor, text, messages.fieldLabel);
    announce(status, messages.manual);
  }
}
