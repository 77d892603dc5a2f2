import { type FormEvent, useEffect, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { isoDay } from '../../models/graphView';
import type { InitiativeStore } from '../../stores/initiativeStore';
import { FormError, FormField } from '../recording/FormField';
import { FormButtons } from '../recording/PersonForm';
import { TextField } from '../recording/TextField';
import { useFormSubmit } from '../recording/useFormSubmit';

const ownFields = new Set(['title', 'description', 'receivedAt']);

/**
 * Records a new initiative (title, what it is about, its area and themes, when it came in) and
 * hands its id on, so the workspace can open it; the server's refusals show at the field.
 */
export function NewInitiativeForm(props: {
  store: InitiativeStore;
  onCreated(id: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const { store } = props;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    void store.loadChoices();
  }, [store]);
  const today = isoDay(new Date());
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [areaId, setAreaId] = useState('');
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [receivedAt, setReceivedAt] = useState(today);
  const form = useFormSubmit();
  const errors = form.fieldErrors;
  const otherError = Object.entries(errors).find(([field]) => !ownFields.has(field))?.[1] ?? null;
  const choices = state.choices.phase === 'loaded' ? state.choices.value : null;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    let id: string | null = null;
    await form.submit(async () => {
      id = await store.create({
        title,
        description,
        areaId: areaId || null,
        themeIds,
        receivedAt,
      });
    });
    if (id !== null) props.onCreated(id);
  };
  return (
    <form
      className="record-form"
      noValidate
      onSubmit={onSubmit}
      aria-busy={form.saving}
      aria-labelledby="new-initiative-title"
      data-testid="new-initiative-form"
      style={{ marginBottom: 'var(--space-6)' }}
    >
      <h2 id="new-initiative-title">{t('initiative.newTitle')}</h2>
      <TextField
        label={t('initiative.field.title')}
        required
        value={title}
        onChange={setTitle}
        error={errors.title}
      />
      <FormField label={t('field.description')} error={errors.description}>
        {(field) => (
          <textarea
            {...field}
            rows={3}
            maxLength={2000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-row">
        <FormField label={t('initiative.field.area')}>
          {(field) => (
            <select
              {...field}
              value={areaId}
              disabled={!choices}
              onChange={(e) => setAreaId(e.target.value)}
            >
              <option value="">{t('initiative.field.noArea')}</option>
              {choices?.areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TextField
          label={t('field.receivedAt')}
          required
          type="date"
          value={receivedAt}
          onChange={setReceivedAt}
          error={errors.receivedAt}
        />
      </div>
      <fieldset className="form-field">
        <legend>{t('initiative.field.themes')}</legend>
        {state.choices.phase === 'loading' && (
          <p className="muted" role="status">
            {t('initiative.choicesLoading')}
          </p>
        )}
        {state.choices.phase === 'failed' && (
          <p className="form-error" role="alert">
            {t(`error.${state.choices.error.code}`)}
          </p>
        )}
        {choices?.themes.map((theme) => (
          <label key={theme.id} className="checkbox">
            <input
              type="checkbox"
              checked={themeIds.includes(theme.id)}
              onChange={(e) =>
                setThemeIds((ids) =>
                  e.target.checked ? [...ids, theme.id] : ids.filter((id) => id !== theme.id),
                )
              }
            />{' '}
            {theme.name}
          </label>
        ))}
      </fieldset>
      <FormError message={form.formError ?? otherError} />
      <FormButtons saving={form.saving} onCancel={props.onCancel} />
    </form>
  );
}
