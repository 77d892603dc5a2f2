import { type FormEvent, useId, useState, useSyncExternalStore } from 'react';
import type { ApiError } from '../../api/apiError';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nl';
import { errorMessageKey } from '../../i18n/translate';
import type { SessionAccount } from '../../models/session';
import type { SessionStore } from '../../stores/sessionStore';

/** Sign-in errors worded for this form; anything else uses the general error text. */
const signInErrors: Partial<Record<ApiError['code'], MessageKey>> = {
  UNAUTHENTICATED: 'signIn.error.UNAUTHENTICATED',
  RATE_LIMITED: 'signIn.error.RATE_LIMITED',
};

/** The sign-in page (/inloggen): username or work email and password. */
export function SignInPage({
  store,
  onSignedIn,
  returning = false,
}: {
  store: SessionStore;
  onSignedIn(account: SessionAccount): void;
  /** Sent here from a page that needs an account: say so; signing in goes back there. */
  returning?: boolean;
}) {
  const { t } = useI18n();
  const session = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const usernameId = useId();
  const passwordId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await store.signIn(username, password)) {
      setPassword('');
      const { account } = store.getSnapshot();
      if (account) onSignedIn(account);
    }
  };

  if (session.phase === 'signedIn') {
    return (
      <section className="sign-in" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p data-testid="signed-in-as">
          {t('signIn.signedInAs', { name: session.account.displayName })}
        </p>
      </section>
    );
  }

  const error = session.error;
  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {returning && (
        <p className="sign-in__needed" data-testid="sign-in-needed">
          {t('signIn.needed')}
        </p>
      )}
      <p className="muted">{t('signIn.intro')}</p>
      <form className="sign-in__form" onSubmit={submit} noValidate>
        <div className="form-field">
          <label htmlFor={usernameId}>{t('signIn.username')}</label>
          <input
            id={usernameId}
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <div className="form-field">
          <label htmlFor={passwordId}>{t('signIn.password')}</label>
          <input
            id={passwordId}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        {error && (
          <p id={errorId} className="form-error" role="alert" data-testid="sign-in-error">
            {t(signInErrors[error.code] ?? errorMessageKey(error.code))}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={session.busy || username.trim() === '' || password === ''}
        >
          {session.busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
