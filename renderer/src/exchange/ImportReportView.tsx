import { useEffect, useId, useRef } from 'react';
import type { CodebookImportReport, ExchangeCounts, RefiImportReport, SkippedItem } from '../../../shared/api/methods/exchange-methods';
import { t } from '../i18n/i18n';

const COUNT_KEYS: (keyof ExchangeCounts)[] = ['sources', 'codes', 'selections', 'codings', 'users', 'cases', 'attributes', 'sets', 'memos'];

export type ImportReport = { kind: 'project'; report: RefiImportReport } | { kind: 'codebook'; report: CodebookImportReport };

/**
 * What an import did, as the REFI-QDA standard asks: counts of what came in (and what was already
 * there and reused), every skipped item with its reason, and warnings, in scrollable lists. Focus
 * moves to its heading when it appears, so a keyboard user lands on the result.
 */
export function ImportReportView({ result }: { result: ImportReport }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), [result]);
  const { report } = result;
  return (
    <section className="exchange-report" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('exchange.report.heading', { file: report.file })}
      </h3>
      {result.kind === 'project' ? <ProjectCounts report={result.report} /> : <CodebookCounts report={result.report} />}
      <ItemList title={t('exchange.report.skipped', { count: report.skipped.length })} items={report.skipped.map(skippedLine)} empty={t('exchange.report.nothingSkipped')} />
      {report.warnings.length > 0 ? <ItemList title={t('exchange.warnings', { count: report.warnings.length })} items={report.warnings} /> : null}
      <p className="exchange-undo-note">{t('exchange.report.undo')}</p>
    </section>
  );
}

function skippedLine(s: SkippedItem): string {
  return t('exchange.report.skippedLine', { what: s.what, name: s.name, reason: s.reason });
}

function ProjectCounts({ report }: { report: RefiImportReport }) {
  return (
    <>
      <p>
        {t('exchange.report.producer', { name: report.projectName || report.file, producer: report.producer || report.origin || t('exchange.report.unknownProducer') })}
        {report.positionCounting ? ` ${t('exchange.report.positions', { counting: report.positionCounting })}` : null}
      </p>
      <table className="exchange-counts">
        <caption>{t('exchange.report.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.report.item')}</th>
            <th scope="col">{t('exchange.report.imported')}</th>
            <th scope="col">{t('exchange.report.matched')}</th>
          </tr>
        </thead>
        <tbody>
          {COUNT_KEYS.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`exchange.count.${k}`)}</th>
              <td>{report.imported[k]}</td>
              <td>{report.matched[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CodebookCounts({ report }: { report: CodebookImportReport }) {
  return <p>{t('exchange.report.codebookCounts', { created: report.created, matched: report.matched, format: t(`exchange.codebookFormat.${report.format}`) })}</p>;
}

/** A titled list that scrolls on its own and can be scrolled by keyboard (it takes focus). */
function ItemList({ title, items, empty }: { title: string; items: string[]; empty?: string }) {
  if (items.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <div className="exchange-report-part">
      <h4>{title}</h4>
      <ul className="exchange-list exchange-scroll" tabIndex={0} aria-label={title}>
        {items.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
