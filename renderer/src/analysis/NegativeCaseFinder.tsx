import { useState } from 'react';
import { useApiData } from '../api/api-context';
import { Field } from './Field';
import { t } from '../i18n/i18n';
import { errorText } from '../i18n/error-text';

/** Cases where a code is absent or rare (per 1,000 words of their sources): where to look for negative evidence. */
export function NegativeCaseFinder() {
  const codes = useApiData('codes.list', {}, ['codes.changed']).data ?? [];
  const [codeId, setCodeId] = useState('');
  const [max, setMax] = useState('');
  const limit = max.trim() === '' ? undefined : Number(max);
  const cases = useApiData(
    'analysis.negativeCases',
    codeId ? { codeId, ...(limit !== undefined && Number.isFinite(limit) ? { maxPer1000Words: limit } : {}) } : null,
    ['codings.changed', 'cases.changed'],
  );
  return (
    <section className="analysis-card negative-cases" aria-label={t('analysis.negative.title')}>
      <h3>{t('analysis.negative.title')}</h3>
      <p className="analysis-field-hint">{t('analysis.negative.hint')}</p>
      <div>
        <Field label={t('analysis.negative.code')}>
          <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
            <option value="">{t('analysis.negative.chooseCode')}</option>
            {codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('analysis.negative.max')}>
          <input type="number" min={0} step="any" value={max} onChange={(e) => setMax(e.target.value)} />
        </Field>
      </div>
      {cases.error && <p role="alert" className="hint">{errorText(cases.error)}</p>}
      {cases.data?.length === 0 && <p className="empty">{t('analysis.negative.none')}</p>}
      {cases.data && cases.data.length > 0 && (
        <table className="negative-table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.negative.case')}</th>
              <th scope="col">{t('analysis.negative.codings')}</th>
              <th scope="col">{t('analysis.negative.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.map((c) => (
              <tr key={c.caseId} className={c.absent ? 'absent' : undefined}>
                <th scope="row">
                  {c.caseName}
                  {c.absent && <span className="badge">{t('analysis.negative.absent')}</span>}
                </th>
                <td>{c.codings}</td>
                <td>{c.per1000Words.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
