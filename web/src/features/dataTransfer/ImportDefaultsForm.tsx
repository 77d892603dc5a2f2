import { useI18n } from '../../i18n/I18nProvider';
import type { ImportDefaults } from '../../models/dataTransfer';

/** The privacy fields that apply to lines whose file has no column for them. */
export function ImportDefaultsForm(props: {
  defaults: ImportDefaults;
  onChange(defaults: Partial<ImportDefaults>): void;
}) {
  const { t } = useI18n();
  const { defaults, onChange } = props;
  return (
    <fieldset className="form-group data-transfer__defaults">
      <legend>{t('dataTransfer.defaults.title')}</legend>
      <p className="form-field__help">{t('dataTransfer.defaults.help')}</p>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor="import-legal-basis">{t('field.legalBasis')}</label>
          <select
            id="import-legal-basis"
            value={defaults.legalBasis}
            onChange={(event) =>
              onChange({
                legalBasis: event.target.value === 'CONSENT' ? 'CONSENT' : 'PUBLIC_TASK',
              })
            }
          >
            <option value="PUBLIC_TASK">{t('legalBasis.PUBLIC_TASK')}</option>
            <option value="CONSENT">{t('legalBasis.CONSENT')}</option>
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="import-retain-until">{t('dataTransfer.defaults.retainUntil')}</label>
          <input
            id="import-retain-until"
            type="date"
            value={defaults.retainUntil}
            onChange={(event) => onChange({ retainUntil: event.target.value })}
          />
        </div>
      </div>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor="import-legal-reference">
            {t('dataTransfer.defaults.legalReference')}
          </label>
          <input
            id="import-legal-reference"
            value={defaults.legalReference}
            onChange={(event) => onChange({ legalReference: event.target.value })}
          />
        </div>
        <div className="form-field">
          <label htmlFor="import-purpose">{t('dataTransfer.defaults.purpose')}</label>
          <input
            id="import-purpose"
            value={defaults.purpose}
            onChange={(event) => onChange({ purpose: event.target.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}
