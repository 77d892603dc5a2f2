import { useI18n } from '../i18n/I18nProvider';
import { AntenneMark } from './AntenneMark';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ onAdd }: { onAdd(): void }) {
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
          <button type="button" className="button button--primary" onClick={onAdd}>
            {t('add.button')}
          </button>
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
