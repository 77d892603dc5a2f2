import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { isoDay } from '../../models/graphView';
import {
  emptyPersonForm,
  type PersonFormValues,
  personFormOf,
  personInputOf,
} from '../../models/recordingForms';
import { type EntityRef, legalBases, type PersonDetails } from '../../models/stakeholderDetails';
import { ContactFields } from './ContactFields';
import { FormError, FormField } from './FormField';
import { useRegisterApi } from './RegisterApiContext';
import { TextField } from './TextField';
import { useFormSubmit } from './useFormSubmit';

/**
 * Records a new person, or changes one, with the privacy fields the law asks for: a legal basis
 * (public task with its reference, or consent with date and text version), a purpose and a
 * retention date (two years by default), and a warning against special-category data.
 */
export function PersonForm(props: {
  person?: PersonDetails;
  onSaved(person: EntityRef): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const api = useRegisterApi();
  const today = isoDay(new Date());
  const [values, setValues] = useState<PersonFormValues>(() =>
    props.person ? personFormOf(props.person) : emptyPersonForm(today),
  );
  const form = useFormSubmit();
  const set = (change: Partial<PersonFormValues>) => setValues((v) => ({ ...v, ...change }));
  const errors = form.fieldErrors;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await form.submit(async () => {
      const input = personInputOf(values);
      const saved = props.person
        ? await api.updatePerson(props.person.id, input)
        : await api.createPerson(input);
      props.onSaved(saved);
    });
  };

  return (
    <form className="record-form" noValidate onSubmit={onSubmit} aria-busy={form.saving}>
      <TextField
        label={t('field.name')}
        required
        autoComplete="off"
        error={errors.name}
        value={values.name}
        onChange={(name) => set({ name })}
      />
      <ContactFields values={values} errors={errors} set={set} />
      <FormField
        label={t('field.notes')}
        error={errors.notes}
        help={<span className="privacy-warning">{t('form.notesWarning')}</span>}
      >
        {(field) => (
          <textarea
            {...field}
            rows={2}
            maxLength={500}
            value={values.notes}
            onChange={(e) => set({ notes: e.target.value })}
          />
        )}
      </FormField>

      <fieldset className="form-group">
        <legend>{t('form.privacyTitle')}</legend>
        <FormField label={t('field.legalBasis')} required error={errors.legalBasis}>
          {(field) => (
            <select
              {...field}
              value={values.legalBasis}
              onChange={(e) =>
                set({ legalBasis: e.target.value === 'CONSENT' ? 'CONSENT' : 'PUBLIC_TASK' })
              }
            >
              {legalBases.map((basis) => (
                <option key={basis} value={basis}>
                  {t(`legalBasis.${basis}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {values.legalBasis === 'PUBLIC_TASK' ? (
          <FormField
            label={t('field.legalReference')}
            required
            error={errors.legalReference}
            help={t('form.legalReferenceHelp')}
          >
            {(field) => (
              <input
                {...field}
                value={values.legalReference}
                onChange={(e) => set({ legalReference: e.target.value })}
              />
            )}
          </FormField>
        ) : (
          <div className="form-row">
            <FormField label={t('field.consentDate')} required error={errors.consentDate}>
              {(field) => (
                <input
                  {...field}
                  type="date"
                  max={today}
                  value={values.consentDate}
                  onChange={(e) => set({ consentDate: e.target.value })}
                />
              )}
            </FormField>
            <FormField
              label={t('field.consentTextVersion')}
              required
              error={errors.consentTextVersion}
            >
              {(field) => (
                <input
                  {...field}
                  value={values.consentTextVersion}
                  onChange={(e) => set({ consentTextVersion: e.target.value })}
                />
              )}
            </FormField>
          </div>
        )}
        <FormField label={t('field.purpose')} required error={errors.purpose}>
          {(field) => (
            <input
              {...field}
              value={values.purpose}
              onChange={(e) => set({ purpose: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          label={t('field.retainUntil')}
          required
          error={errors.retainUntil}
          help={t('form.retainHelp')}
        >
          {(field) => (
            <input
              {...field}
              type="date"
              min={today}
              value={values.retainUntil}
              onChange={(e) => set({ retainUntil: e.target.value })}
            />
          )}
        </FormField>
      </fieldset>
      <FormError message={form.formError} />
      <FormButtons saving={form.saving} onCancel={props.onCancel} />
    </form>
  );
}

export function FormButtons({ saving, onCancel }: { saving: boolean; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <div className="form-buttons">
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? t('form.saving') : t('form.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
