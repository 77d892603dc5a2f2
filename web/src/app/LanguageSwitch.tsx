import { useI18n } from '../i18n/I18nProvider';
import { languages } from '../i18n/language';

/** Two buttons, each naming its language in that language; the pressed one is current. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
