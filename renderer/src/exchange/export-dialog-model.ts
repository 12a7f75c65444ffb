import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';

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
  const children = new Map<string | null, Code[]>();
  const ids = new Set(codes.map((c) => c.id));
  for (const c of codes) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const rows: { code: Code; depth: number; path: string }[] = [];
  const visit = (parent: string | null, depth: number, prefix: string) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.sortKey - b.sortKey || a.name.localeCompare(b.name));
    for (const c of list) {
      const path = prefix ? `${prefix} › ${c.name}` : c.name;
      rows.push({ code: c, depth, path });
      visit(c.id, depth + 1, path);
    }
  };
  visit(null, 0, '');
  return rows;
}

/**
 * The chosen codes with all their sub-codes: a researcher who ticks a parent means its branch, and
 * the segments CSV/XLSX filter matches codes exactly (the Word formats already roll sub-codes up).
 */
export function withSubCodes(codes: readonly Code[], chosen: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const inBranch = new Set<string>();
  for (const { code } of codeTreeRows(codes)) {
    if (chosen.has(code.id) || (code.parentId !== null && inBranch.has(code.parentId))) {
      inBranch.add(code.id);
      out.push(code.id);
    }
  }
  return out;
}
