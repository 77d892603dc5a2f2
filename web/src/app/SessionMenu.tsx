import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { SessionStore } from '../stores/sessionStore';
import '../styles/session.css';

/** The header's account corner: who is signed in with which roles and a sign-out button, or a sign-in link. */
export function SessionMenu({
  store,
  onSignIn,
  onSignedOut,
}: {
  store: SessionStore;
  onSignIn(): void;
  onSignedOut(): void;
}) {
  const { t } = useI18n();
  const session = useSyncExternalStore(store.subscribe, store.getSnapshot);
  if (session.phase !== 'signedIn') {
    return (
      <a
        className="button button--secondary"
        href="/inloggen"
        data-testid="sign-in-link"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onSignIn();
        }}
      >
        {t('signIn.link')}
      </a>
    );
  }
  return (
    <div className="session-menu" data-testid="session-menu">
      <span className="session-menu__who">
        <span className="session-menu__name">{session.account.displayName}</span>
        <span className="session-menu__roles">
          {session.account.roles.map((role) => t(`signIn.role.${role}`)).join(', ')}
        </span>
      </span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={session.busy}
        onClick={() => {
          void store.signOut().finally(onSignedOut);
        }}
      >
        {t('signIn.signOut')}
      </button>
    </div>
  );
}
