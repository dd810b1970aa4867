/**
 * A hyphen with a space on each side is a typewriter's dash: the dataset writes "10 February - 20
 * April 2012" where Wikipedia's infobox shows "10 February – 20 April 2012". Shown text gets the
 * spaced en dash Wikipedia's style asks for; hyphens inside words ("Al-Qusayr", "T-62") stay.
 */
export function spacedDash(text: string): string {
  return text.replace(/ -{1,2} /g, ' – ');
}
