import { useState } from 'react';
import { ApiError } from '../../api/apiError';
import { useI18n } from '../../i18n/I18nProvider';

export interface FormSubmit {
  saving: boolean;
  /** The server's message per input field (`extensions.field`, its first segment). */
  fieldErrors: Readonly<Record<string, string>>;
  /** A translated problem that belongs to no single field. */
  formError: string | null;
  submit(work: () => Promise<void>): Promise<boolean>;
  reset(): void;
}

/**
 * Runs a form's mutation: a VALIDATION error goes to the field it names (so the message shows
 * at that input), any other error becomes a translated message for the whole form.
 */
export function useFormSubmit(): FormSubmit {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    saving,
    fieldErrors,
    formError,
    reset() {
      setFieldErrors({});
      setFormError(null);
    },
    async submit(work) {
      setSaving(true);
      setFieldErrors({});
      setFormError(null);
      try {
        await work();
        return true;
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error));
        const field = apiError.field?.split('.')[0];
        if (apiError.code === 'VALIDATION' && field && field !== 'input') {
          setFieldErrors({ [field]: apiError.message });
        } else {
          setFormError(t(`error.${apiError.code}`));
        }
        return false;
      } finally {
        setSaving(false);
      }
    },
  };
}
