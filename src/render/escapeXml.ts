/** Escapes text for SVG/XML content and attribute values (labels come from article text). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
