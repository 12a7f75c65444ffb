/** A chart chosen for the report: its caption and its SVG (rasterised when the report is packed). */
export interface ReportChart {
  title: string;
  svg: string;
}
