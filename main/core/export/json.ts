// JSON as the JSON-LD exports write it: two-space indented, and safe to paste into an HTML
// <script type="application/ld+json"> block, where a literal "</script>" in user text would
// otherwise end the block. The \u escapes parse back to the very same strings.
export function stringifyJsonForHtml(value: unknown): string {
  return `${JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}\n`;
}
