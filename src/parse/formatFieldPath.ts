/** A field path as messages write it: `infoboxes[0].date.text`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'frontmatter';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
}
