import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';
import { useRecentCodes } from '../state/recent-codes';

/** The codes applied most recently: one click (or Alt+Shift+1…9) applies one to the selection. */
export function RecentCodesBar({ codes, onApply }: { codes: ReadonlyMap<string, Code>; onApply(codeId: string): void }) {
  const recent = useRecentCodes().filter((id) => codes.has(id)).slice(0, 9);
  if (recent.length === 0) return null;
  return (
    <div className="recent-codes" role="toolbar" aria-label={t('document.recent.label')}>
      <span className="recent-codes-title" aria-hidden="true">
        {t('document.recent.label')}
      </span>
      {recent.map((id, i) => {
        const code = codes.get(id)!;
        return (
          <button
            key={id}
            type="button"
            className="recent-code"
            onMouseDown={(e) => e.preventDefault() /* keep the text selection */}
            onClick={() => onApply(id)}
            title={t('document.recent.apply', { name: code.name, key: i + 1 })}
            aria-keyshortcuts={`Alt+Shift+${i + 1}`}
          >
            <span className="code-swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
            {code.name}
            <kbd aria-hidden="true">{i + 1}</kbd>
          </button>
        );
      })}
    </div>
  );
}
