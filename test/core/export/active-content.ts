// What an exported HTML document (or Markdown rendered to HTML) must not contain.

/** Everything that could run or load: scripts, event handlers, non-http links, embedded media. */
export function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'BASE', 'FORM'].includes(el.tagName)) found.push(el.tagName);
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) found.push(`${el.tagName}[${attr}]`);
      if ((attr === 'href' || attr === 'src') && !/^https?:\/\//.test(el.getAttribute(attr) ?? '')) {
        found.push(`${el.tagName}[${attr}=${el.getAttribute(attr)}]`);
      }
    }
  }
  return found;
}
