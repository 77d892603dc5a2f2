import type { ApiError } from '../../api/apiError';
import type { I18n } from '../../i18n/I18nProvider';
import { errorMessageKey } from '../../i18n/translate';
import { type ImportField, type ImportProblem, importFields } from '../../models/dataTransfer';

/** `retainUntil` (the server's field path) → RETAIN_UNTIL, when it is an import field. */
export function importFieldOf(field: string | null): ImportField | null {
  if (!field) return null;
  const upper = field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return (importFields as readonly string[]).includes(upper) ? (upper as ImportField) : null;
}

export function fieldLabel(t: I18n['t'], field: string | null): string {
  const known = importFieldOf(field);
  return known ? t(`dataTransfer.field.${known}`) : (field ?? '');
}

export function problemText(t: I18n['t'], problem: ImportProblem): string {
  return t(`dataTransfer.problem.${problem.code}`, {
    field: fieldLabel(t, problem.field),
    name: problem.matchName ?? '',
  });
}

/** A failure of this page in words: sign-in and role first, then a bad file, then the code. */
export function errorText(t: I18n['t'], error: ApiError): string {
  if (error.code === 'UNAUTHENTICATED') return t('dataTransfer.signInNeeded');
  if (error.code === 'FORBIDDEN') return t('dataTransfer.forbidden');
  if (error.code === 'VALIDATION' && error.field === 'file')
    return t('dataTransfer.badFile', { message: error.message });
  return t(errorMessageKey(error.code));
}
