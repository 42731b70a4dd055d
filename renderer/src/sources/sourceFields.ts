// Source form fields and their checks (http/https only, as the core and main also insist).
import type { SourceFields as SourceInput } from '@common/contract';
import type { Source, SourceStance } from '@common/domain/types';
import { isWebProtocol } from '@common/domain/http-url';

export interface SourceFormFields {
  url: string;
  title: string;
  publisher: string;
  date: string;
  stance: SourceStance;
  excerpt: string;
}

export { STANCE_CHOICE_LABELS as STANCE_LABELS } from '@common/domain/types';

export const EMPTY_SOURCE: SourceFormFields = { url: '', title: '', publisher: '', date: '', stance: 'context', excerpt: '' };

export function sourceFormOf(source: Source): SourceFormFields {
  return {
    url: source.url,
    title: source.title ?? '',
    publisher: source.publisher ?? '',
    date: (source.date ?? '').slice(0, 10),
    stance: source.stance,
    excerpt: source.excerpt ?? '',
  };
}

/** Null when the URL is acceptable, else what is wrong with it, in words. */
export function checkSourceUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return 'Enter the address of the source.';
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return 'This is not a complete web address. It must start with http:// or https://.';
  }
  if (!isWebProtocol(parsed.protocol)) {
    return `Only http:// and https:// addresses are allowed (this one starts with ${parsed.protocol}).`;
  }
  return null;
}

const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

export function toSourceInput(form: SourceFormFields): SourceInput {
  return {
    url: form.url.trim(),
    title: orNull(form.title),
    publisher: orNull(form.publisher),
    date: orNull(form.date),
    stance: form.stance,
    excerpt: orNull(form.excerpt),
  };
}
