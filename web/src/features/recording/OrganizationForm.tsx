import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import {
  emptyOrganizationForm,
  type OrganizationFormValues,
  organizationInputOf,
} from '../../models/recordingForms';
import { organizationKinds } from '../../models/stakeholder';
import type { EntityRef, OrganizationDetails } from '../../models/stakeholderDetails';
import { ContactFields } from './ContactFields';
import { FormError, FormField } from './FormField';
import { FormButtons } from './PersonForm';
import { useRegisterApi } from './RegisterApiContext';
import { TextField } from './TextField';
import { useFormSubmit } from './useFormSubmit';

/** Records a new organization, or changes one. */
export function OrganizationForm(props: {
  organization?: OrganizationDetails;
  onSaved(organization: EntityRef): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const api = useRegisterApi();
  const existing = props.organization;
  const [values, setValues] = useState<OrganizationFormValues>(() =>
    existing
      ? {
          name: existing.name,
          kind: existing.organizationKind,
          description: existing.description ?? '',
          website: existing.website ?? '',
          email: existing.email ?? '',
          phone: existing.phone ?? '',
          postcode: existing.postcode ?? '',
        }
      : emptyOrganizationForm,
  );
  const form = useFormSubmit();
  const set = (change: Partial<OrganizationFormValues>) => setValues((v) => ({ ...v, ...change }));
  const errors = form.fieldErrors;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await form.submit(async () => {
      const input = organizationInputOf(values);
      const saved = existing
        ? await api.updateOrganization(existing.id, input)
        : await api.createOrganization(input);
      props.onSaved(saved);
    });
  };
  return (
    <form className="record-form" noValidate onSubmit={onSubmit} aria-busy={form.saving}>
      <div className="form-row">
        <TextField
          label={t('field.name')}
          required
          autoComplete="off"
          error={errors.name}
          value={values.name}
          onChange={(name) => set({ name })}
        />
        <FormField label={t('field.kind')} required error={errors.kind}>
          {(field) => (
            <select
              {...field}
              value={values.kind}
              onChange={(e) => {
                const kind = organizationKinds.find((k) => k === e.target.value);
                if (kind) set({ kind });
              }}
            >
              {organizationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`visualKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField label={t('field.description')} error={errors.description}>
        {(field) => (
          <textarea
            {...field}
            rows={2}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </FormField>
      <TextField
        label={t('field.website')}
        type="url"
        error={errors.website}
        value={values.website}
        onChange={(website) => set({ website })}
      />
      <ContactFields values={values} errors={errors} set={set} />
      <FormError message={form.formError} />
      <FormButtons saving={form.saving} onCancel={props.onCancel} />
    </form>
  );
}
