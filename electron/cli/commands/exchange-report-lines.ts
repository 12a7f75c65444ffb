import type { CodebookImportReport, ExchangeCounts, RefiImportReport } from '../../../shared/api/methods/exchange-methods';

function counts(c: ExchangeCounts): string {
  const parts = Object.entries(c)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'nothing';
}

/** The REFI-QDA import report as lines for a terminal: what came in, what was reused, skipped, warned. */
export function refiReportLines(r: RefiImportReport): string[] {
  const lines = [
    `Imported ${r.file} ("${r.projectName}", made by ${r.origin || 'an unnamed program'}; positions read as ${r.positionCounting})`,
    `  new:      ${counts(r.imported)}`,
  ];
  if (Object.values(r.matched).some((n) => n > 0)) lines.push(`  existing: ${counts(r.matched)} (already in the project, reused)`);
  if (r.skipped.length) {
    lines.push(`  skipped (${r.skipped.length}):`);
    for (const s of r.skipped) lines.push(`    - ${s.what} "${s.name}": ${s.reason}`);
  }
  if (r.warnings.length) {
    lines.push(`  check (${r.warnings.length}):`);
    for (const w of r.warnings) lines.push(`    - ${w}`);
  }
  return lines;
}

export function codebookReportLines(r: CodebookImportReport): string[] {
  const lines = [`Imported codebook ${r.file} (${r.format}): ${r.created} new codes, ${r.matched} already in the codebook`];
  for (const s of r.skipped) lines.push(`  skipped ${s.what} "${s.name}": ${s.reason}`);
  for (const w of r.warnings) lines.push(`  check: ${w}`);
  return lines;
}
