// Nesting and size checks that run before a file reaches a parser whose cost grows with them
// (jsdom, Readability, marked, the annotation reader). Each is linear and needs no recursion.
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { IMPORT_LIMITS, tooDeep, tooManyElements } from './limits.js';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

class OverLimit extends Error {
  constructor(readonly depth: number | null) {
    super('over the import limit');
  }
}

/**
 * Refuses an HTML page nested deeper or with more elements than the limits. parse5 (the parser
 * inside jsdom) builds a plain tree without jsdom's per-insertion walk up the ancestors, and stops
 * at the first element past a limit, so even 200,000 nested tags cost a fraction of a second.
 */
export function checkHtmlStructure(fileName: string, html: string): void {
  const depths = new WeakMap<Node, number>();
  let elements = 0;
  const placed = (parent: ParentNode, node: Node): void => {
    const depth = (depths.get(parent as Node) ?? 0) + 1;
    if (depth > IMPORT_LIMITS.maxNestingDepth) throw new OverLimit(deepest(html, depth));
    depths.set(node, depth);
  };
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++elements > IMPORT_LIMITS.maxElements) throw new OverLimit(null);
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    appendChild(parent, node) {
      placed(parent, node);
      defaultTreeAdapter.appendChild(parent, node);
    },
    insertBefore(parent, node, reference) {
      placed(parent, node);
      defaultTreeAdapter.insertBefore(parent, node, reference);
    },
  };
  try {
    parse(html, { treeAdapter: adapter });
  } catch (e) {
    if (!(e instanceof OverLimit)) throw e;
    throw e.depth === null ? tooManyElements(fileName) : tooDeep(fileName, e.depth);
  }
}

/** How deep the page goes at most, told in the refusal; counted on a tree without the limit. */
function deepest(html: string, atLeast: number): number {
  const document = parse(html);
  let max = atLeast;
  const stack: Array<[Node, number]> = [[document, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > max) max = depth;
    if ('childNodes' in node) for (const child of node.childNodes) stack.push([child, depth + 1]);
  }
  return max;
}

/** Refuses Markdown whose block quotes or lists nest deeper than the limit (marked recurses per level). */
export function checkMarkdownStructure(fileName: string, markdown: string): void {
  let max = 0;
  for (const line of markdown.split('\n')) {
    // "> > >" quote markers, then the indentation of a list item (two spaces per level at the least;
    // other indented lines are code or continuation, which do not nest).
    const quotes = /^(?:[ \t]*>)+/.exec(line)?.[0] ?? '';
    const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.exec(line.slice(quotes.length));
    const depth = (quotes.match(/>/g)?.length ?? 0) + (item ? Math.floor(item[1]!.length / 2) + 1 : 0);
    if (depth > max) max = depth;
  }
  if (max > IMPORT_LIMITS.maxNestingDepth) throw tooDeep(fileName, max);
}

/** Refuses JSON nested deeper than the limit before JSON.parse and the annotation reader walk it. */
export function checkJsonStructure(fileName: string, json: string): void {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  if (max > IMPORT_LIMITS.maxNestingDepth) throw tooDeep(fileName, max);
}
