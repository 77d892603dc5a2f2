import { type FormEvent, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { isoDay } from '../../models/graphView';
import { type LinkFormValues, linkInputOf, linkTypesBetween } from '../../models/recordingForms';
import type { DetailLink, EntityRef } from '../../models/stakeholderDetails';
import { StakeholderSearch } from '../explorer/StakeholderSearch';
import { FormError, FormField } from './FormField';
import { FormButtons } from './PersonForm';
import { useRegisterApi } from './RegisterApiContext';
import { TieFields } from './TieFields';
import { useFormSubmit } from './useFormSubmit';

const membershipTypes: readonly string[] = ['MEMBER_OF', 'BOARD_OF', 'WORKS_AT', 'VOLUNTEERS_AT'];

/** Links the stakeholder `from` to one found by search; only the types that fit are offered. */
export function LinkForm(props: {
  from: EntityRef;
  onSaved(result: { link: DetailLink; created: boolean }): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const api = useRegisterApi();
  const today = isoDay(new Date());
  const [target, setTarget] = useState<EntityRef | null>(null);
  const types = useMemo(
    () => (target ? linkTypesBetween(props.from, target) : []),
    [props.from, target],
  );
  const [values, setValues] = useState<Omit<LinkFormValues, 'type'> & { type: string }>({
    type: '',
    strength: '3',
    since: '',
    lastContact: today,
    role: '',
  });
  const type = types.find((candidate) => candidate === values.type) ?? types[0];
  const form = useFormSubmit();
  const errors = form.fieldErrors;
  const set = (change: Partial<typeof values>) => setValues((v) => ({ ...v, ...change }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target || !type) return;
    await form.submit(async () => {
      const result = await api.createLink(
        linkInputOf({ ...values, type }, props.from.id, target.id),
      );
      props.onSaved(result);
    });
  };

  return (
    <form className="record-form" noValidate onSubmit={onSubmit} aria-busy={form.saving}>
      <p className="record-form__from">{t('form.linkFrom', { name: props.from.label })}</p>
      {target ? (
        <p className="record-form__chosen">
          <span>{t('form.chosen', { name: target.label })}</span>{' '}
          <button type="button" className="button button--link" onClick={() => setTarget(null)}>
            {t('form.change')}
          </button>
        </p>
      ) : (
        <div className={errors.toId ? 'form-field form-field--invalid' : 'form-field'}>
          <StakeholderSearch
            label={t('form.chooseTarget')}
            excludeId={props.from.id}
            onChoose={(hit) =>
              setTarget({
                id: hit.id,
                kind: hit.kind,
                label: hit.label,
                sublabel: hit.sublabel,
                official: hit.official,
              })
            }
            withThemes
          />
          {errors.toId && <p className="form-field__error">{errors.toId}</p>}
        </div>
      )}
      {target && types.length === 0 && <p className="form-error">{t('form.noLinkTypes')}</p>}
      {target && type && (
        <>
          <FormField label={t('field.type')} required error={errors.type}>
            {(field) => (
              <select {...field} value={type} onChange={(e) => set({ type: e.target.value })}>
                {types.map((option) => (
                  <option key={option} value={option}>
                    {t(`linkType.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {type === 'KNOWS' && (
            <TieFields
              strength={values.strength}
              lastContact={values.lastContact}
              errors={errors}
              onStrength={(strength) => set({ strength })}
              onLastContact={(lastContact) => set({ lastContact })}
            />
          )}
          {membershipTypes.includes(type) && (
            <FormField label={t('field.role')} error={errors.role}>
              {(field) => (
                <input
                  {...field}
                  value={values.role}
                  onChange={(e) => set({ role: e.target.value })}
                />
              )}
            </FormField>
          )}
          {(type === 'KNOWS' ||
            type === 'COLLABORATES_WITH' ||
            type === 'COVERS' ||
            type === 'RESPONSIBLE_FOR' ||
            membershipTypes.includes(type)) && (
            <FormField label={t('field.since')} error={errors.since}>
              {(field) => (
                <input
                  {...field}
                  type="date"
                  value={values.since}
                  onChange={(e) => set({ since: e.target.value })}
                />
              )}
            </FormField>
          )}
        </>
      )}
      <FormError message={form.formError} />
      <FormButtons saving={form.saving} onCancel={props.onCancel} />
    </form>
  );
}
