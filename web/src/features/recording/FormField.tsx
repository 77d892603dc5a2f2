import { type ReactNode, useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * A labelled input with its help and the server's validation message right below it; the input
 * is marked invalid and described by the message, so screen readers hear it too.
 */
export function FormField(props: {
  label: string;
  error?: string | undefined;
  help?: ReactNode;
  required?: boolean;
  children: (field: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    required: boolean;
  }) => ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [props.help ? helpId : '', props.error ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-field${props.error ? ' form-field--invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span className="form-field__required"> ({t('form.required')})</span>}
      </label>
      {props.children({
        id,
        'aria-invalid': Boolean(props.error),
        'aria-describedby': describedBy || undefined,
        required: Boolean(props.required),
      })}
      {props.help && (
        <p id={helpId} className="form-field__help">
          {props.help}
        </p>
      )}
      {props.error && (
        <p id={errorId} className="form-field__error" role="alert">
          {t('form.fieldProblem', { message: props.error })}
        </p>
      )}
    </div>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
