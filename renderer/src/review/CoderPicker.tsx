import type { User } from '../../../shared/api/methods/project-methods';
import { t } from '../i18n/i18n';

/** The two coders with the most codings: what a comparison starts with. */
export function defaultCoders(users: readonly User[]): string[] {
  return [...users]
    .filter((u) => u.codingCount > 0)
    .sort((a, b) => b.codingCount - a.codingCount || a.name.localeCompare(b.name))
    .slice(0, 2)
    .map((u) => u.id);
}

/** Checkboxes for the coders to compare (order of choosing is kept: the first is coder A). */
export function CoderPicker({ users, selected, onChange }: { users: readonly User[]; selected: readonly string[]; onChange(ids: string[]): void }) {
  return (
    <fieldset className="coder-picker">
      <legend>{t('review.coders.compare')}</legend>
      {users.map((u) => (
        <label key={u.id}>
          <input
            type="checkbox"
            checked={selected.includes(u.id)}
            onChange={(e) => onChange(e.target.checked ? [...selected, u.id] : selected.filter((id) => id !== u.id))}
          />
          {t('review.coders.option', { name: u.name, count: u.codingCount })}
        </label>
      ))}
    </fieldset>
  );
}

/** Two selects: coder A and coder B (for disagreements and the side-by-side view). */
export function CoderPairPicker({ users, a, b, onChange }: { users: readonly User[]; a: string; b: string; onChange(a: string, b: string): void }) {
  return (
    <fieldset className="coder-pair-picker">
      <legend>{t('review.coders.pair')}</legend>
      <label>
        {t('review.coders.a')}
        <select value={a} onChange={(e) => onChange(e.target.value, b)}>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('review.coders.b')}
        <select value={b} onChange={(e) => onChange(a, e.target.value)}>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
