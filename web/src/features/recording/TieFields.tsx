import { useI18n } from '../../i18n/I18nProvider';
import { FormField } from './FormField';
import { TextField } from './TextField';

const strengths = ['1', '2', '3', '4', '5'] as const;

/** A KNOWS tie's strength (1–5) and the day of the last contact, side by side. */
export function TieFields(props: {
  strength: string;
  lastContact: string;
  errors: Readonly<Record<string, string>>;
  onStrength(strength: string): void;
  onLastContact(lastContact: string): void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-row">
      <FormField label={t('field.strength')} required error={props.errors.strength}>
        {(field) => (
          <select
            {...field}
            value={props.strength}
            onChange={(e) => props.onStrength(e.target.value)}
          >
            {strengths.map((strength) => (
              <option key={strength} value={strength}>
                {strength}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <TextField
        label={t('field.lastContact')}
        type="date"
        error={props.errors.lastContact}
        value={props.lastContact}
        onChange={props.onLastContact}
      />
    </div>
  );
}
