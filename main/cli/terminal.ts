// Everything the CLI prints for a person goes through here. Article titles, texts, file names and
// error messages are untrusted: an ESC or BEL in them would let an imported page retitle the
// terminal, clear it or write to the clipboard (OSC 52). Control characters are shown as visible
// escapes instead; the stored text and --json keep them as they are.

/** C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, e.g. 8-bit CSI). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** The same plus tab, newline and carriage return: for a value inside a one-line or tab-separated line. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f]/g;

const visible = (c: string): string => {
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
};

/** Text safe to print on a terminal: lines and tabs stay, every other control character is escaped. */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, visible);
}

/** A value printed inside one line (a title in a list, a tab-separated column): no line breaks either. */
export function oneLine(value: string): string {
  return value.replace(CONTROL_OR_BREAK, visible);
}

/** Prints text for a person on standard output. */
export function say(text: string): void {
  process.stdout.write(forTerminal(text));
}

/** Prints a message for a person on standard error. */
export function tell(text: string): void {
  process.stderr.write(forTerminal(text));
}

/**
 * JSON keeps every character of the data. JSON.stringify already writes C0 controls as \u escapes;
 * DEL and C1 controls it leaves raw, so they are escaped the same way (still the same JSON value).
 */
export function jsonForTerminal(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
