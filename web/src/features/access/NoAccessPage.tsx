import { useI18n } from '../../i18n/I18nProvider';
import type { AccountRole } from '../../models/session';

/** Shown instead of a view the signed-in account has no role for (the API would refuse it too). */
export function NoAccessPage({
  roles,
  allowed,
  onHome,
}: {
  roles: readonly AccountRole[];
  allowed: readonly AccountRole[];
  onHome(): void;
}) {
  const { t } = useI18n();
  const names = (list: readonly AccountRole[]) =>
    list.map((role) => t(`signIn.role.${role}`)).join(', ');
  return (
    <section className="no-access" aria-labelledby="no-access-title" data-testid="no-access">
      <h1 id="no-access-title">{t('access.forbidden.title')}</h1>
      <p>{t('access.forbidden.text', { roles: names(roles), allowed: names(allowed) })}</p>
      <p>
        <a
          href="/"
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onHome();
          }}
        >
          {t('access.forbidden.home')}
        </a>
      </p>
    </section>
  );
}
