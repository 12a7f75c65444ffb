import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';
import { codeTreeOrder } from '../../../shared/analysis/matrix/code-hierarchy';

/** A format as exchange.formats lists it. */
export interface FormatInfo {
  id: string;
  extension: string;
  label: string;
}

/** The Word report has its own dialog (sections, matrices, language): it is not offered here. */
export const REPORT_FORMAT = 'docx';

export type FormatGroup = 'project' | 'codebook' | 'segments' | 'other';
export const FORMAT_GROUPS: FormatGroup[] = ['project', 'codebook', 'segments', 'other'];

const GROUP_OF: Record<string, FormatGroup> = {
  qdpx: 'project',
  qdc: 'codebook',
  'codebook-csv': 'codebook',
  csv: 'segments',
  xlsx: 'segments',
  'segments-docx': 'segments',
};

export function formatGroup(id: string): FormatGroup {
  return GROUP_OF[id] ?? 'other';
}

/** The formats that take code and source filters (ExportOptions.codeIds / sourceIds). */
export function takesFilters(id: string): boolean {
  return formatGroup(id) === 'segments';
}

/** The formats written in a language of their own (ExportOptions.lang). */
export function takesLanguage(id: string): boolean {
  return id === 'segments-docx';
}

/** The formats this dialog offers, grouped in FORMAT_GROUPS order, registry order within a group. */
export function exportableFormats(formats: readonly FormatInfo[]): FormatInfo[] {
  const offered = formats.filter((f) => f.id !== REPORT_FORMAT);
  return FORMAT_GROUPS.flatMap((g) => offered.filter((f) => formatGroup(f.id) === g));
}

/** The translated name of a format; a format the catalogue does not know keeps the core's label. */
export function formatLabel(f: FormatInfo): string {
  const key = `exchange.format.${f.id}`;
  const label = t(key);
  return label === key ? `${f.label} (${f.extension})` : label;
}

/** The default file name suffix, so a codebook CSV and a segments CSV do not share one name. */
export function fileSuffix(id: string): string {
  const g = formatGroup(id);
  return g === 'codebook' ? '-codebook' : g === 'segments' ? '-segments' : '';
}

/** Codes in code-tree order (parents before children, siblings by sort key) with their depth and "A › B" path. */
export function codeTreeRows(codes: readonly Code[]): { code: Code; depth: number; path: string }[] {
  const paths = new Map<string, string>();
  return codeTreeOrder(codes).map(({ depth, ...code }) => {
    const parentPath = code.parentId !== null ? paths.get(code.parentId) : undefined;
    const path = parentPath ? `${parentPath} › ${code.name}` : code.name;
    paths.set(code.id, path);
    return { code, depth, path };
  });
}
