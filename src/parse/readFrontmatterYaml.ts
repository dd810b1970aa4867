import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { ArticleError } from './ArticleError.ts';
import { formatFieldPath } from './formatFieldPath.ts';

/**
 * Keys that would reach JavaScript's object machinery (`{}.__proto__`, `{}.constructor`) when a
 * later stage indexes a record by them, and that no infobox template has.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses frontmatter YAML into plain data, refusing what a plain article never needs: tags
 * (`!!binary`, `!js/function`: the value would silently become something other than text),
 * prototype keys, and alias bombs (the `yaml` package stops after 100 aliases). Dates stay
 * text: the core schema keeps `2012-02-10` a string. Errors name the field that holds the tag.
 */
export function readFrontmatterYaml(source: string, file: string): unknown {
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) throw new ArticleError(file, 'frontmatter', `invalid YAML: ${error.message.split('\n')[0]}`);
  if (document.contents) checkNode(document.contents, [], file);
  try {
    return document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (cause) {
    throw new ArticleError(file, 'frontmatter', `invalid YAML: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
  }
}

function checkNode(node: Node, path: PropertyKey[], file: string): void {
  // An explicit tag only: the core schema's own resolution (strings, numbers, booleans) leaves `tag` unset.
  if (node.tag)
    throw new ArticleError(
      file,
      formatFieldPath(path),
      `YAML tags such as ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} are not allowed; write plain text`,
    );
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const at = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) throw new ArticleError(file, formatFieldPath(at), 'this field name is not allowed');
      if (isNode(pair.value)) checkNode(pair.value, at, file);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      if (isNode(item)) checkNode(item, [...path, index], file);
    });
  }
}
