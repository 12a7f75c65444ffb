import { t } from '../i18n/i18n';
import { COOCCURRENCE_MODE_KEYS, type CooccurrenceMode } from './analysis-labels';
import { Field } from './Field';
import { KeyedSelect } from './KeyedSelect';

/**
 * How two codes count as co-occurring, and for "within N characters" the N: a whole number of
 * characters from 0 (the API refuses anything else), for the table and the network alike.
 */
export function CooccurrenceModeFields({
  mode,
  distance,
  onMode,
  onDistance,
}: {
  mode: CooccurrenceMode;
  distance: number;
  onMode(mode: CooccurrenceMode): void;
  onDistance(distance: number): void;
}) {
  return (
    <>
      <Field label={t('analysis.co.mode')}>
        <KeyedSelect keys={COOCCURRENCE_MODE_KEYS} value={mode} onChange={onMode} />
      </Field>
      {mode === 'distance' && (
        <Field label={t('analysis.co.distance')}>
          <input type="number" min={0} step={1} value={distance} onChange={(e) => onDistance(Math.max(0, Math.floor(Number(e.target.value)) || 0))} />
        </Field>
      )}
    </>
  );
}
