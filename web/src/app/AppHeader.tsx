import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { AntenneMark } from './AntenneMark';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * `account`: the signed-in account's corner (SessionMenu), shown before the language switch.
 * `onAdd`: the quick-recording button, left out for accounts without a register role.
 */
export function AppHeader({
  onAdd,
  account,
}: {
  onAdd?: (() => void) | null;
  account?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="app-brand" href="/">
          <AntenneMark />
          <span className="app-brand__text">
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__tagline">{t('app.tagline')}</span>
          </span>
        </a>
        <div className="app-header__tools">
          {onAdd && (
            <button type="button" className="button button--primary" onClick={onAdd}>
              {t('add.button')}
            </button>
          )}
          {account}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
