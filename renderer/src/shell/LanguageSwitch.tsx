import { LANGUAGES, setLanguage, t, useLanguage } from '../i18n/i18n';

/** EN / ID: switches every label at once and remembers the choice. */
export function LanguageSwitch() {
  const lang = useLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('shell.language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={lang === l}
          lang={l}
          title={t(`shell.language.${l}`)}
          aria-label={t(`shell.language.${l}`)}
          onClick={() => setLanguage(l)}
        >
          {t(`shell.language.${l}.short`)}
        </button>
      ))}
    </div>
  );
}
