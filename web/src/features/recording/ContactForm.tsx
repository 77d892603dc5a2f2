import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { isoDay } from '../../models/graphView';
import {
  type ContactChannel,
  contactChannels,
  type EntityRef,
} from '../../models/stakeholderDetails';
import { FormError, FormField } from './FormField';
import { FormButtons } from './PersonForm';
import { useRegisterApi } from './RegisterApiContext';
import { useFormSubmit } from './useFormSubmit';

/**
 * Records a contact moment with a person or organization: when, how, and what was discussed;
 * with `initiativeId` the contact is linked to that initiative.
 */
export function ContactForm(props: {
  with: EntityRef;
  initiativeId?: string;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const api = useRegisterApi();
  const today = isoDay(new Date());
  const [date, setDate] = useState(today);
  const [channel, setChannel] = useState<ContactChannel>('VISIT');
  const [note, setNote] = useState('');
  const [followUpAt, setFollowUpAt] = useState('');
  const form = useFormSubmit();
  const errors = form.fieldErrors;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await form.submit(async () => {
      await api.recordContact({
        date,
        channel,
        note,
        followUpAt: followUpAt || null,
        participantIds: [props.with.id],
        ...(props.initiativeId ? { initiativeId: props.initiativeId } : {}),
      });
      props.onSaved();
    });
  };
  return (
    <form className="record-form" noValidate onSubmit={onSubmit} aria-busy={form.saving}>
      <h3>{t('form.contactWith', { name: props.with.label })}</h3>
      <div className="form-row">
        <FormField label={t('field.date')} required error={errors.date}>
          {(field) => (
            <input
              {...field}
              type="date"
              max={today}
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('field.channel')} required error={errors.channel}>
          {(field) => (
            <select
              {...field}
              value={channel}
              onChange={(e) => {
                const next = contactChannels.find((c) => c === e.target.value);
                if (next) setChannel(next);
              }}
            >
              {contactChannels.map((option) => (
                <option key={option} value={option}>
                  {t(`channel.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField
        label={t('field.note')}
        required
        error={errors.note}
        help={<span className="privacy-warning">{t('form.notesWarning')}</span>}
      >
        {(field) => (
          <textarea
            {...field}
            rows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('field.followUpAt')} error={errors.followUpAt}>
        {(field) => (
          <input
            {...field}
            type="date"
            min={date}
            value={followUpAt}
            onChange={(e) => setFollowUpAt(e.target.value)}
          />
        )}
      </FormField>
      <FormError message={form.formError} />
      <FormButtons saving={form.saving} onCancel={props.onCancel} />
    </form>
  );
}
