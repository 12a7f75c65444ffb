import { useId, useState } from 'react';
import { useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { COOCCURRENCE_MEASURE_KEYS, COOCCURRENCE_MODE_KEYS, type CooccurrenceMode } from './analysis-labels';
import { CooccurrenceModeFields } from './CooccurrenceModeFields';
import { Field } from './Field';
import { cellShade } from './matrix-shading';
import { KeyedSelect } from './KeyedSelect';
import { errorText } from '../i18n/error-text';

type Measure = keyof typeof COOCCURRENCE_MEASURE_KEYS;
const REFRESH = ['codings.changed', 'codes.changed', 'sources.changed'] as const;

/**
 * Codes × codes: how often two codes co-occur (overlapping segments, the same paragraph or turn,
 * or within N characters), as counts or normalised (Jaccard, c-coefficient). The diagonal holds
 * each code's own count of segments.
 */
export function CooccurrenceTable({ rollUp }: { rollUp: boolean }) {
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const [distance, setDistance] = useState(100);
  const [measure, setMeasure] = useState<Measure>('counts');
  const titleId = useId();
  const co = useApiData('analysis.cooccurrence', { mode, distance, rollUp }, [...REFRESH]);
  const values = co.data ? co.data[measure].map((row) => row.map((v) => v ?? 0)) : [];
  const offDiagonal = values.flatMap((row, i) => row.filter((_, j) => j !== i));
  const max = Math.max(0, ...offDiagonal);
  const format = (v: number | null) => (v === null ? '—' : measure === 'counts' ? String(v) : v.toFixed(2));
  return (
    <>
      <div className="analysis-controls">
        <CooccurrenceModeFields mode={mode} distance={distance} onMode={setMode} onDistance={setDistance} />
        <Field label={t('analysis.co.measure')}>
          <KeyedSelect keys={COOCCURRENCE_MEASURE_KEYS} value={measure} onChange={setMeasure} />
        </Field>
      </div>
      {co.error && <p role="alert" className="pane-message">{errorText(co.error)}</p>}
      {co.data && co.data.codes.length === 0 && <p className="empty analysis-empty">{t('analysis.charts.noCooccurrence')}</p>}
      {co.data && co.data.codes.length > 0 && (
        <>
          <div className="analysis-bar">
            <h2 id={titleId} className="analysis-title">
              {t('analysis.charts.networkTitle', { mode: t(COOCCURRENCE_MODE_KEYS[mode]) })}
            </h2>
          </div>
          <div className="analysis-table-wrap">
            <table className="analysis-matrix" aria-labelledby={titleId}>
              <thead>
                <tr>
                  <th scope="col" className="corner">
                    <span className="corner-cols">{t('analysis.dim.codes')} →</span>
                    <span className="corner-rows">{t('analysis.dim.codes')} ↓</span>
                  </th>
                  {co.data.codes.map((c) => (
                    <th key={c.key} scope="col" title={c.label} className={c.depth ? 'child' : 'level-0'}>
                      <span className="col-label">{c.label}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {co.data.codes.map((r, i) => (
                  <tr key={r.key}>
                    <th scope="row" title={r.label} className={r.depth ? 'child' : undefined} style={{ paddingLeft: `${0.7 + (r.depth ?? 0) * 1.1}em` }}>
                      {r.label}
                    </th>
                    {co.data!.codes.map((c, j) => {
                      const raw = co.data![measure][i]![j]!;
                      const v = raw ?? 0;
                      return (
                        <td key={c.key} className={[i === j ? 'diagonal' : '', v === 0 ? 'zero' : ''].join(' ').trim() || undefined} style={{ background: i === j ? undefined : cellShade(v, max) }}>
                          <span className="cell-value">{format(raw)}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t(`analysis.co.about.${measure}`)}</p>
        </>
      )}
    </>
  );
}
