import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

/**
 * The report's look, all of it in named Word styles so that a researcher (or a faculty template)
 * can restyle the whole report from Word's Styles pane: Title, Subtitle, Heading 1-3, Caption,
 * Quote, Quote Source, TOC Heading, Table Text and the "Telaah Table" table style. Body text is
 * Calibri 11 (Carlito, metric-compatible, renders it on Linux).
 */
export const REPORT_FONT = 'Calibri';

/** Style ids the sections use (ids, not display names). */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  caption: 'Caption',
  quote: 'Quote',
  quoteSource: 'QuoteSource',
  tocHeading: 'TOCHeading',
  tableText: 'TableText',
  tableNumber: 'TableNumber',
  note: 'ReportNote',
  table: 'TelaahTable',
} as const;

/** A4 with 2.54 cm margins, in twips (1/20 point). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1440,
  /** Text width of a portrait page. */
  portraitText: 11906 - 2 * 1440,
  /** Text width of a landscape page. */
  landscapeText: 16838 - 2 * 1440,
} as const;

/** Tables with more columns than this go into a landscape section. */
export const LANDSCAPE_COLUMNS = 6;

const HEADING_COLOR = '1F4E79';

export const reportStyles: IStylesOptions = {
  default: {
    document: { run: { font: REPORT_FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } } },
    title: { run: { font: REPORT_FONT, size: 52, color: HEADING_COLOR }, paragraph: { spacing: { before: 2400, after: 240 } } },
    heading1: {
      run: { font: REPORT_FONT, size: 32, bold: true, color: HEADING_COLOR },
      // Every part of the report starts on a new page (a no-op where a section break already does).
      // docx writes w:pageBreakBefore for styles too; its style type just does not list it.
      paragraph: { spacing: { before: 0, after: 200 }, keepNext: true, keepLines: true, ...({ pageBreakBefore: true } as object) },
    },
    heading2: {
      run: { font: REPORT_FONT, size: 26, bold: true, color: HEADING_COLOR },
      paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: REPORT_FONT, size: 23, bold: true, color: '2E74B5' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
    },
    caption: { run: { font: REPORT_FONT, size: 18, italics: true, color: '404040' }, paragraph: { spacing: { before: 120, after: 80 }, keepNext: true } },
  },
  paragraphStyles: [
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 28, color: '595959' },
      paragraph: { spacing: { after: 480 } },
    },
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: STYLE.quoteSource,
      quickFormat: true,
      run: { italics: true, color: '262626' },
      paragraph: {
        indent: { left: 567, right: 567 },
        spacing: { before: 160, after: 40 },
        keepNext: true,
        border: { left: { style: 'single', size: 12, color: 'A6A6A6', space: 8 } },
      },
    },
    {
      id: STYLE.quoteSource,
      name: 'Quote Source',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 18, color: '595959' },
      paragraph: { indent: { left: 567, right: 567 }, spacing: { after: 160 } },
    },
    {
      id: STYLE.tocHeading,
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 32, bold: true, color: HEADING_COLOR },
      paragraph: { spacing: { before: 240, after: 240 } },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 18 },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.tableNumber,
      name: 'Table Number',
      basedOn: STYLE.tableText,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.RIGHT },
    },
    {
      id: STYLE.note,
      name: 'Report Note',
      basedOn: 'Normal',
      run: { size: 18, color: '595959' },
    },
  ],
};

/**
 * The named table style, written as WordprocessingML (docx has no builder for table styles): thin
 * grey borders, small cell margins, and a dark header row ("firstRow" conditional formatting) that
 * a table turns on with tableLook.firstRow.
 */
export const TABLE_STYLE_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}">
    <w:name w:val="Telaah Table"/>
    <w:basedOn w:val="TableNormal"/>
    <w:uiPriority w:val="59"/>
    <w:qFormat/>
    <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
    <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
    <w:tblPr>
      <w:tblBorders>
        <w:top w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>
        <w:left w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>
        <w:right w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>
        <w:insideV w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>
      </w:tblBorders>
      <w:tblCellMar>
        <w:top w:w="40" w:type="dxa"/>
        <w:left w:w="80" w:type="dxa"/>
        <w:bottom w:w="40" w:type="dxa"/>
        <w:right w:w="80" w:type="dxa"/>
      </w:tblCellMar>
    </w:tblPr>
    <w:tblStylePr w:type="firstRow">
      <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
      <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${HEADING_COLOR}"/></w:tcPr>
    </w:tblStylePr>
    <w:tblStylePr w:type="firstCol">
      <w:rPr><w:b/><w:bCs/></w:rPr>
    </w:tblStylePr>
  </w:style>
</w:styles>`;
