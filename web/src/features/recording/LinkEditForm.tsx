import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { DetailLink } from '../../models/stakeholderDetails';
import { FormError, FormField } from './FormField';
import { FormButtons } from './PersonForm';
import { useRegisterApi } from './RegisterApiContext';
import { TieFields } from './TieFields';
import { useFormSubmit } from './useFormSubmit';

const membershipTypes: readonly string[] = ['MEMBER_OF', 'BOARD_OF', 'WORKS_AT', 'VOLUNTEERS_AT'];

/** Changes a link's properties: a tie's strength and last contact, a role, or when it ended. */
export function LinkEditForm(props: {
  link: DetailLink;
  onSaved(link: DetailLink): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const api = useRegisterApi();
  const { link } = props;
  const knows = link.type === 'KNOWS';
  const membership = membershipTypes.includes(link.type);
  const [strength, setStrength] = useState(String(link.strength ?? 3));
  const [lastContact, setLastContact] = useState(link.lastContact ?? '');
  const [role, setRole] = useState(link.role ?? '');
  const [endedAt, setEndedAt] = useState(link.endedAt ?? '');
  const form = useFormSubmit();
  const errors = form.fieldErrors;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await form.submit(async () => {
      const input: Record<string, string | number | null> = { endedAt: endedAt || null };
      if (knows) {
        input.strength = Number.parseInt(strength, 10);
        input.lastContact = lastContact || null;
      }
      if (membership) input.role = role.trim() || null;
      props.onSaved(await api.updateLink(link.id, input));
    });
  };
  return (
    <form className="record-form record-form--inline" noValidate onSubmit={onSubmit}>
      {knows && (
        <TieFields
          strength={strength}
          lastContact={lastContact}
          errors={errors}
          onStrength={setStrength}
          onLastContact={setLastContact}
        />
      )}
      {membership && (
        <FormField label={t('field.role')} error={errors.role}>
          {(field) => <input {...field} value={role} onChange={(e) => setRole(e.target.value)} />}
        </FormField>
      )}
      <FormField label={t('field.endedAt')} error={errors.endedAt}>
        {(field) => (
          <input
            {...field}
            type="date"
            value={endedAt}
            onChange={(e) => setEndedAt(e.target.value)}
          />
        )}
      </FormField>
      <FormError message={form.formError} />
      <FormButtons saving={form.saving} onCancel={props.onCancel} />
    </form>
  );
}
