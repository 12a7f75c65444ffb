import './review.css';
import { useId, useState } from 'react';
import type { AgreementReport, AgreementRow, AgreementUnit, StatisticValue } from '../../../shared/api/methods/review-methods';
import { useApiData } from '../api/api-context';
import { t, useLanguage, type Language } from '../i18n/i18n';
import { CoderPicker, defaultCoders } from './CoderPicker';
import { UnitPicker } from './UnitPicker';
import { formatStatistic, statisticTitle } from './statistic-format';
import { errorText } from '../i18n/error-text';

function Cell({ s, lang, percent }: { s: StatisticValue | null; lang: Language; percent?: boolean }) {
  if (!s) return <td className="num muted">–</td>;
  return (
    <td className="num" title={statisticTitle(s, lang)} data-statistic={s.statistic}>
      {formatStatistic(s, lang, percent)}
    </td>
  );
}

function Row({ row, report, lang, header }: { row: AgreementRow; report: AgreementReport; lang: Language; header?: boolean }) {
  const segments = report.unit === 'segments';
  const many = report.coders.length > 2;
  return (
    <tr className={header ? 'overall' : undefined}>
      <th scope="row">{row.codeId === null ? t('review.agreement.overall') : row.codeName}</th>
      <td className="num">{row.units}</td>
      {segments ? (
        <>
          <td className="num">{row.segments?.matched}</td>
          <td className="num">{row.segments?.unmatchedFirst}</td>
          <td className="num">{row.segments?.unmatchedSecond}</td>
        </>
      ) : null}
      <Cell s={row.percentAgreement} lang={lang} percent />
      {segments ? <Cell s={row.brennanPredigerKappa} lang={lang} /> : many ? <Cell s={row.fleissKappa} lang={lang} /> : <Cell s={row.cohenKappa} lang={lang} />}
      {segments ? null : <Cell s={row.krippendorffAlpha} lang={lang} />}
    </tr>
  );
}

/** The method and formula of every statistic in the table, beside it. */
export function AgreementMethods({ report, lang }: { report: AgreementReport; lang: Language }) {
  return (
    <aside className="agreement-methods" aria-label={t('review.agreement.methods')}>
      <h3>{t('review.agreement.methods')}</h3>
      <p>
        <strong>{report.unitDescription.name[lang]}</strong>
        {report.overlap !== null ? ` (${t('review.agreement.overlapValue', { value: Math.round(report.overlap * 100) })})` : ''}: {report.unitDescription.description[lang]}
      </p>
      <dl>
        {report.formulas.map((f) => (
          <div key={f.id} className="agreement-formula" data-statistic={f.id}>
            <dt>{f.name[lang]}</dt>
            <dd>
              <code>{f.formula[lang]}</code>
              <p>{f.description[lang]}</p>
              <p className="muted">{f.reference}</p>
            </dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

export function AgreementTable({ report, lang }: { report: AgreementReport; lang: Language }) {
  const segments = report.unit === 'segments';
  const many = report.coders.length > 2;
  const [first, second] = report.coders;
  return (
    <table className="agreement-table" aria-label={t('review.agreement.tableLabel', { coders: report.coders.map((c) => c.name).join(', ') })}>
      <thead>
        <tr>
          <th scope="col">{t('review.agreement.code')}</th>
          <th scope="col">{t(segments ? 'review.agreement.segments' : 'review.agreement.units')}</th>
          {segments ? (
            <>
              <th scope="col">{t('review.agreement.matched')}</th>
              <th scope="col">{t('review.agreement.onlyCoder', { name: first?.name ?? 'A' })}</th>
              <th scope="col">{t('review.agreement.onlyCoder', { name: second?.name ?? 'B' })}</th>
            </>
          ) : null}
          <th scope="col">{t('review.agreement.percent')}</th>
          <th scope="col">{segments ? t('review.agreement.kappaBP') : many ? t('review.agreement.fleiss') : t('review.agreement.cohen')}</th>
          {segments ? null : <th scope="col">{t('review.agreement.alpha')}</th>}
        </tr>
      </thead>
      <tbody>
        {report.codes.map((row) => (
          <Row key={row.codeId} row={row} report={report} lang={lang} />
        ))}
      </tbody>
      <tfoot>
        <Row row={report.overall} report={report} lang={lang} header />
      </tfoot>
    </table>
  );
}

/**
 * Intercoder agreement: choose the coders (two or more), the unit and, for segments, the overlap;
 * a table per code and overall, with the method and formula of each statistic beside it.
 */
export function AgreementView() {
  const lang = useLanguage();
  const users = useApiData('users.list', {}, ['project.changed', 'codings.changed']);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [unit, setUnit] = useState<AgreementUnit>('characters');
  const [overlap, setOverlap] = useState(0.9);
  const coderIds = chosen ?? defaultCoders(users.data ?? []);
  const ready = coderIds.length >= 2 && !(unit === 'segments' && coderIds.length > 2);
  const report = useApiData('agreement.compute', ready ? { coderIds, unit, overlap } : null, ['codings.changed', 'codes.changed']);
  const headingId = useId();
  return (
    <section className="review-pane agreement-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review.agreement.title')}</h2>
      <div className="review-controls">
        <CoderPicker users={users.data ?? []} selected={coderIds} onChange={setChosen} />
        <UnitPicker unit={unit} onUnit={setUnit} overlap={overlap} onOverlap={setOverlap} />
      </div>
      {coderIds.length < 2 ? <p className="pane-message">{t('review.agreement.chooseTwo')}</p> : null}
      {unit === 'segments' && coderIds.length > 2 ? <p className="pane-message">{t('review.agreement.segmentsTwo')}</p> : null}
      {ready && report.error ? (
        <p className="pane-message" role="alert">
          {errorText(report.error)}
        </p>
      ) : null}
      {ready && report.loading && !report.data ? <p className="pane-message">{t('review.loading')}</p> : null}
      {ready && report.data ? (
        <div className="agreement-result">
          {report.data.codes.length === 0 ? <p className="pane-message">{t('review.agreement.nothing')}</p> : <AgreementTable report={report.data} lang={lang} />}
          <AgreementMethods report={report.data} lang={lang} />
        </div>
      ) : null}
    </section>
  );
}
