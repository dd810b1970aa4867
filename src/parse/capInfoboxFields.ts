import type { Frontmatter, Infobox, InfoboxField } from '../schemas/frontmatter.ts';

/**
 * How much of an infobox field is read. Wikipedia's longest infobox values (casualty lists with
 * notes) stay under a few thousand characters and a few dozen links; marking links and bold
 * phrases costs text length × entries, so a 200 KB `formatting.bold` list would stall the
 * build. Past these caps the rest is dropped, and the build warns naming the file and field.
 */
export const MAX_FIELD_TEXT = 20_000;
/** The most `links`, `formatting.bold` or `formatting.italic` entries read per field. */
export const MAX_FIELD_ENTRIES = 500;

/** The frontmatter with every infobox field inside the caps, and a warning per field cut. */
export function capInfoboxFields(frontmatter: Frontmatter): { frontmatter: Frontmatter; warnings: string[] } {
  const warnings: string[] = [];
  if (!frontmatter.infoboxes) return { frontmatter, warnings };
  const infoboxes = frontmatter.infoboxes.map((infobox, index): Infobox => {
    const fields = Object.entries(infobox).map(([name, field]) => [name, capField(field, `infoboxes[${index}].${name}`, warnings)] as const);
    return Object.fromEntries(fields);
  });
  return { frontmatter: { ...frontmatter, infoboxes }, warnings };
}

function capField(field: InfoboxField, path: string, warnings: string[]): InfoboxField {
  const capped: InfoboxField = { ...field };
  if (field.text.length > MAX_FIELD_TEXT) {
    warnings.push(`${path}.text: ${field.text.length.toLocaleString('en')} characters; only the first ${MAX_FIELD_TEXT.toLocaleString('en')} are shown`);
    capped.text = field.text.slice(0, MAX_FIELD_TEXT);
  }
  if (field.links && field.links.length > MAX_FIELD_ENTRIES) {
    warnings.push(`${path}.links: ${field.links.length.toLocaleString('en')} links; only the first ${MAX_FIELD_ENTRIES} are linked`);
    capped.links = field.links.slice(0, MAX_FIELD_ENTRIES);
  }
  if (field.formatting) {
    const formatting = { ...field.formatting };
    for (const mark of ['bold', 'italic'] as const) {
      const phrases = field.formatting[mark];
      if (!phrases) continue;
      // The same phrase twice marks the same words twice: read each once.
      const unique = [...new Set(phrases)];
      if (unique.length > MAX_FIELD_ENTRIES)
        warnings.push(`${path}.formatting.${mark}: ${unique.length.toLocaleString('en')} phrases; only the first ${MAX_FIELD_ENTRIES} are set in ${mark}`);
      formatting[mark] = unique.slice(0, MAX_FIELD_ENTRIES);
    }
    capped.formatting = formatting;
  }
  return capped;
}
