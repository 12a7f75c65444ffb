import type { MatrixSpecInput } from '../../../shared/api/methods/analysis-methods';
import { useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { Field } from './Field';
import { DIMENSION_KEYS, MEASURE_KEYS, NORMALIZATION_KEYS, dimensionValue, parseDimension } from './analysis-labels';
import { KeyedSelect } from './KeyedSelect';

export interface MatrixSpecControlsProps {
  spec: MatrixSpecInput;
  onChange(spec: MatrixSpecInput): void;
}

const AXES = ['cases', 'sources', 'sets', 'codes', 'coders'] as const;

/** Rows, columns, cell measure, normalisation, roll-up and filters of a count matrix. */
export function MatrixSpecControls({ spec, onChange }: MatrixSpecControlsProps) {
  const attributes = useApiData('attributes.list', {}, ['cases.changed']).data ?? [];
  const sets = useApiData('sets.list', {}, ['sources.changed']).data ?? [];
  const coders = useApiData('users.list', {}, ['project.changed']).data ?? [];
  const rows = spec.rows ?? { kind: 'cases' };
  const columns = spec.columns ?? { kind: 'codes' };
  const filters = spec.filters ?? {};
  const axisOptions = (
    <>
      {AXES.map((a) => (
        <option key={a} value={a}>
          {t(DIMENSION_KEYS[a])}
        </option>
      ))}
      {attributes.map((a) => (
        <option key={a.id} value={`attribute:${a.id}`}>
          {t('analysis.dim.attributeNamed', { name: a.name })}
        </option>
      ))}
    </>
  );
  return (
    <div className="analysis-controls" role="group" aria-label={t('analysis.controls')}>
      <Field label={t('analysis.rows')}>
        <select value={dimensionValue(rows)} onChange={(e) => onChange({ ...spec, rows: parseDimension(e.target.value) })}>
          {axisOptions}
        </select>
      </Field>
      <Field label={t('analysis.columns')}>
        <select value={dimensionValue(columns)} onChange={(e) => onChange({ ...spec, columns: parseDimension(e.target.value) })}>
          {axisOptions}
        </select>
      </Field>
      <Field label={t('analysis.cells')}>
        <KeyedSelect keys={MEASURE_KEYS} value={spec.measure ?? 'codings'} onChange={(measure) => onChange({ ...spec, measure })} />
      </Field>
      <Field label={t('analysis.show')}>
        <KeyedSelect keys={NORMALIZATION_KEYS} value={spec.normalization ?? 'none'} onChange={(normalization) => onChange({ ...spec, normalization })} />
      </Field>
      <Field label={t('analysis.filter.set')}>
        <select
          value={filters.setIds?.[0] ?? ''}
          onChange={(e) => onChange({ ...spec, filters: { ...filters, setIds: e.target.value ? [e.target.value] : undefined } })}
        >
          <option value="">{t('analysis.filter.all')}</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('analysis.filter.coder')}>
        <select
          value={filters.coderIds?.[0] ?? ''}
          onChange={(e) => onChange({ ...spec, filters: { ...filters, coderIds: e.target.value ? [e.target.value] : undefined } })}
        >
          <option value="">{t('analysis.filter.all')}</option>
          {coders.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="analysis-checks">
        <label className="analysis-check">
          <input type="checkbox" checked={spec.rollUp ?? true} onChange={(e) => onChange({ ...spec, rollUp: e.target.checked })} />
          {t('analysis.rollUp')}
        </label>
        <label className="analysis-check">
          <input type="checkbox" checked={spec.hideEmpty ?? false} onChange={(e) => onChange({ ...spec, hideEmpty: e.target.checked })} />
          {t('analysis.hideEmpty')}
        </label>
      </div>
    </div>
  );
}
