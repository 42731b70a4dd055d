// Source form fields and their checks (http/https only, as the core and main also insist).
import type { SourceFields as SourceInput } from '@common/contract';
import type { Source, SourceStance } from '@common/domain/types';
import { isWebProtocol } from '@common/domain/http-url';
import type { Wording } from '../claims/wording';

export interface SourceFormFields {
  url: string;
  title: string;
  publisher: string;
  date: string;
  stance: SourceStance;
  excerpt: string;
}

export { SOURCE_STANCES } from '@common/domain/types';

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
export function checkSourceUrl({ t }: Wording, url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return t('panels:sources.urlProblem.empty');
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return t('panels:sources.urlProblem.incomplete');
  }
  if (!isWebProtocol(parsed.protocol)) return t('panels:sources.urlProblem.protocol', { protocol: parsed.protocol });
  return null;
}

/** A stance as the source form offers it: the choice said as a sentence about the claim. */
export function stanceName({ t }: Wording, stance: SourceStance): string {
  return t(`panels:sources.stance.${stance}`);
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
