// Publication dates arrive in many shapes (meta tags, JSON-LD, front matter). We store ISO 8601 and
// keep the author's UTC offset when there is one, rather than shifting everything to UTC.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export function normaliseDate(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (ISO_DATE.test(trimmed)) return Number.isNaN(Date.parse(trimmed)) ? null : trimmed;
  const match = ISO_DATE_TIME.exec(trimmed);
  if (match) {
    const [, date, time, zone] = match;
    const seconds = time!.length === 5 ? `${time}:00` : time!;
    const offset = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    const iso = `${date}T${seconds}${offset}`;
    return Number.isNaN(Date.parse(iso)) ? null : iso;
  }
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}
