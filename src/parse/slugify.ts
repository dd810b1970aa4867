/**
 * The URL slug of an article: lowercased ASCII words joined by hyphens, so
 * `Battle of al-Qusayr (2012)` becomes `battle-of-al-qusayr-2012`. Accents are folded
 * (`Déby` → `deby`); other scripts are dropped, and a title with no ASCII letters falls back to
 * the file name, which is ASCII in this dataset.
 */
export function articleSlug(title: string, fileName: string): string {
  const fromTitle = slugify(title);
  if (/[a-z]/.test(fromTitle)) return fromTitle;
  const fromFile = slugify(fileName.replace(/\.[^.]+$/, ''));
  return fromFile || 'article';
}

/** Lowercase ASCII letters and digits separated by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
