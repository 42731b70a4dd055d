// A failed call as a panel or dialog shows it: in the interface language where the core said it by
// key (a refused argument, a workflow rule such as four eyes), else the core's own sentence. Said
// when the call fails, so it is in the language the person works in at that moment.
import { isLanguage } from '@common/i18n';
import { failureText, toFailure, type CallFailure } from './api';
import { i18n } from './i18n';

/** What a failure says in the interface language. */
export function failureShown(failure: CallFailure): string {
  return failureText(failure, isLanguage(i18n.language) ? i18n.language : 'en');
}

/** What a caught error (a refused call, or anything thrown) says in the interface language. */
export function errorShown(error: unknown): string {
  return failureShown(toFailure(error));
}
