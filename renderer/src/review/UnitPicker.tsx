import { useId } from 'react';
import type { AgreementUnit } from '../../../shared/api/methods/review-methods';
import { t } from '../i18n/i18n';

export const UNITS: readonly AgreementUnit[] = ['characters', 'segments', 'presence-source', 'presence-turn'];

/** The unit of comparison and, for segments, the overlap two segments need to match (slider, %). */
export function UnitPicker({ unit, onUnit, overlap, onOverlap }: { unit: AgreementUnit; onUnit(u: AgreementUnit): void; overlap: number; onOverlap(o: number): void }) {
  const unitId = useId();
  const overlapId = useId();
  return (
    <div className="unit-picker">
      <label htmlFor={unitId}>{t('review.unit.label')}</label>
      <select id={unitId} value={unit} onChange={(e) => onUnit(e.target.value as AgreementUnit)}>
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`review.unit.${u}`)}
          </option>
        ))}
      </select>
      {unit === 'segments' ? (
        <>
          <label htmlFor={overlapId}>{t('review.unit.overlap')}</label>
          <input
            id={overlapId}
            type="range"
            min={10}
            max={100}
            step={5}
            value={Math.round(overlap * 100)}
            aria-valuetext={`${Math.round(overlap * 100)} %`}
            onChange={(e) => onOverlap(Number(e.target.value) / 100)}
          />
          <output htmlFor={overlapId}>{Math.round(overlap * 100)} %</output>
        </>
      ) : null}
    </div>
  );
}
