import { interpolateYlOrRd } from 'd3';
import { t } from '../i18n/i18n';

/**
 * Colour stops of the heat map's scale (shared/analysis/charts/heat-map.ts: d3's YlOrRd from 0 to
 * the largest value) over the range the cells use, from the smallest non-zero value to the largest.
 */
function stops(min: number, max: number): string[] {
  return Array.from({ length: 9 }, (_, i) => interpolateYlOrRd((min + ((max - min) * i) / 8) / max));
}

/**
 * The key to the heat map's colours, beside it in the window: white for an empty cell, then pale
 * yellow to dark red up to the largest value. One image for assistive technology, its words in
 * the label.
 */
export function HeatLegend({ values, format }: { values: number[][]; format(value: number): string }) {
  const positive = values.flat().filter((v) => v > 0);
  if (positive.length === 0) return null;
  const max = Math.max(...positive);
  const min = Math.min(...positive);
  return (
    <div className="heat-legend" role="img" aria-label={t('analysis.charts.legend', { max: format(max) })}>
      <span className="heat-legend-zero" aria-hidden="true" />
      <span className="heat-legend-label" aria-hidden="true">
        {format(0)}
      </span>
      <span className="heat-legend-label heat-legend-gap" aria-hidden="true">
        {format(min)}
      </span>
      <span className="heat-legend-ramp" aria-hidden="true" style={{ background: `linear-gradient(to right, ${stops(min, max).join(', ')})` }} />
      <span className="heat-legend-label" aria-hidden="true">
        {format(max)}
      </span>
    </div>
  );
}
