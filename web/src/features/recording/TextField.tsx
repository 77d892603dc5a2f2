import { FormField } from './FormField';

/** A labelled one-line text input (a FormField around an `<input>`). */
export function TextField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  className?: string;
  autoComplete?: string;
}) {
  return (
    <FormField label={props.label} required={props.required ?? false} error={props.error}>
      {(field) => (
        <input
          {...field}
          type={props.type ?? 'text'}
          className={props.className}
          autoComplete={props.autoComplete}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
