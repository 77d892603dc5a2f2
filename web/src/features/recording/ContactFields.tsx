import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from './TextField';

export interface ContactValues {
  email: string;
  phone: string;
  postcode: string;
}

/** Email, phone and postcode in one row: the contact details people and organizations share. */
export function ContactFields(props: {
  values: ContactValues;
  errors: Partial<Record<keyof ContactValues, string>>;
  set(change: Partial<ContactValues>): void;
}) {
  const { t } = useI18n();
  const { values, errors, set } = props;
  return (
    <div className="form-row">
      <TextField
        label={t('field.email')}
        type="email"
        error={errors.email}
        value={values.email}
        onChange={(email) => set({ email })}
      />
      <TextField
        label={t('field.phone')}
        type="tel"
        error={errors.phone}
        value={values.phone}
        onChange={(phone) => set({ phone })}
      />
      <TextField
        label={t('field.postcode')}
        className="input--short"
        error={errors.postcode}
        value={values.postcode}
        onChange={(postcode) => set({ postcode })}
      />
    </div>
  );
}
