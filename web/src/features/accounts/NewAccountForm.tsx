import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { accountFormProblem, makePassword } from '../../models/accounts';
import type { PublicArea } from '../../models/publicPage';
import type { AccountRole } from '../../models/session';
import type { AccountsStore } from '../../stores/accountsStore';
import { AccountRoleFields } from './AccountRoleFields';

/** Creates a local account; a password made here is shown once after creation. */
export function NewAccountForm({
  store,
  areas,
  busy,
}: {
  store: AccountsStore;
  areas: readonly PublicArea[];
  busy: boolean;
}) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [generated, setGenerated] = useState(false);
  const [roles, setRoles] = useState<AccountRole[]>(['OFFICIAL']);
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const ids = { username: useId(), displayName: useId(), password: useId() };
  const problem = accountFormProblem({ username, displayName, password, roles });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (problem) return;
    const input = {
      username: username.trim(),
      displayName: displayName.trim(),
      password,
      roles,
      areaIds,
    };
    if (await store.create(input, generated)) {
      setUsername('');
      setDisplayName('');
      setPassword('');
      setGenerated(false);
      setRoles(['OFFICIAL']);
      setAreaIds([]);
    }
  };

  return (
    <section className="accounts-panel" aria-labelledby="new-account-title">
      <h2 id="new-account-title">{t('accounts.create.title')}</h2>
      <form className="accounts-new" onSubmit={submit} data-testid="new-account-form">
        <div className="accounts-form">
          <div className="form-field">
            <label htmlFor={ids.username}>{t('accounts.create.username')}</label>
            <input
              id={ids.username}
              autoComplete="off"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </div>
          <div className="form-field">
            <label htmlFor={ids.displayName}>{t('accounts.create.displayName')}</label>
            <input
              id={ids.displayName}
              autoComplete="off"
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
            />
          </div>
          <div className="form-field">
            <label htmlFor={ids.password}>{t('accounts.create.password')}</label>
            <input
              id={ids.password}
              type={generated ? 'text' : 'password'}
              autoComplete="new-password"
              value={password}
              onChange={(event) => {
                setGenerated(false);
                setPassword(event.target.value);
              }}
            />
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setPassword(makePassword((bytes) => crypto.getRandomValues(bytes)));
              setGenerated(true);
            }}
          >
            {t('accounts.create.generate')}
          </button>
        </div>
        <AccountRoleFields
          roles={roles}
          areaIds={areaIds}
          areas={areas}
          onRoles={setRoles}
          onAreas={setAreaIds}
        />
        <p>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || problem !== null}
          >
            {t('accounts.create.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
