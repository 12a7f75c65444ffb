import { t } from '../i18n/i18n';

export interface KeyedSelectProps<K extends string, V extends K | ''> {
  /** Each value with the catalogue key of its name, in the order shown. */
  keys: Record<K, string>;
  value: V;
  onChange(value: NoInfer<V>): void;
  /** A first option with the empty value ("All"), worded by this catalogue key. */
  emptyKey?: string;
  /** Given by Field, so its label points here. */
  id?: string;
}

/** A select of fixed choices named in the interface's language. */
export function KeyedSelect<K extends string, V extends K | ''>({ keys, value, onChange, emptyKey, id }: KeyedSelectProps<K, V>) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {emptyKey !== undefined && <option value="">{t(emptyKey)}</option>}
      {(Object.keys(keys) as K[]).map((k) => (
        <option key={k} value={k}>
          {t(keys[k])}
        </option>
      ))}
    </select>
  );
}
