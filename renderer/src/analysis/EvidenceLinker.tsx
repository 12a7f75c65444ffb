import { useState } from 'react';
import type { EvidenceTargetInput, Tactic } from '../../../shared/api/methods/analysis-methods';
import { useApi, useApiData } from '../api/api-context';
import { t } from '../i18n/i18n';
import { TACTIC_GROUPS, tacticLabel } from './analysis-labels';
import { Field } from './Field';
import { plainTextToLexicalJson } from './lexical-text';

/**
 * Links a matrix cell, text-matrix cell or segment to a conclusion as supporting or contradicting
 * evidence: to an existing conclusion, or to a new one written here in a sentence.
 */
export function EvidenceLinker({ target }: { target: EvidenceTargetInput }) {
  const api = useApi();
  const conclusions = useApiData('conclusions.list', {}, ['analysis.changed']).data ?? [];
  const [conclusionId, setConclusionId] = useState('');
  const [stance, setStance] = useState<'supports' | 'contradicts'>('supports');
  const [text, setText] = useState('');
  const [tactic, setTactic] = useState<Tactic>('noting-patterns');
  const [message, setMessage] = useState<string | null>(null);
  const link = async () => {
    setMessage(null);
    try {
      let id = conclusionId;
      if (!id) {
        const created = await api.call('conclusions.save', { title: text.split('\n')[0]!.slice(0, 200), contentJson: plainTextToLexicalJson(text), plainText: text, tactic });
        id = created.id;
      }
      await api.call('conclusions.addEvidence', { conclusionId: id, stance, target });
      setMessage(t('analysis.evidence.linked'));
      setText('');
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const canLink = conclusionId !== '' || text.trim() !== '';
  return (
    <div className="analysis-linker" role="group" aria-label={t('analysis.evidence.link')}>
      <Field label={t('analysis.evidence.conclusion')}>
        <select value={conclusionId} onChange={(e) => setConclusionId(e.target.value)}>
          <option value="">{t('analysis.evidence.newConclusion')}</option>
          {conclusions.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title || c.plainText.slice(0, 80)}
            </option>
          ))}
        </select>
      </Field>
      {conclusionId === '' && (
        <>
          <Field label={t('analysis.conclusion.text')} className="grow">
            <textarea value={text} rows={2} onChange={(e) => setText(e.target.value)} />
          </Field>
          <Field label={t('analysis.conclusion.tactic')}>
            <select value={tactic} onChange={(e) => setTactic(e.target.value as Tactic)}>
              {TACTIC_GROUPS.map((g) => (
                <optgroup key={g.labelKey} label={t(g.labelKey)}>
                  {g.tactics.map((x) => (
                    <option key={x} value={x}>
                      {tacticLabel(x)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
        </>
      )}
      <Field label={t('analysis.evidence.stance')}>
        <select value={stance} onChange={(e) => setStance(e.target.value as 'supports' | 'contradicts')}>
          <option value="supports">{t('analysis.evidence.supports')}</option>
          <option value="contradicts">{t('analysis.evidence.contradicts')}</option>
        </select>
      </Field>
      <button type="button" className="primary" disabled={!canLink} onClick={() => void link()}>
        {t('analysis.evidence.link')}
      </button>
      <p role="status" className="analysis-linker-message">
        {message}
      </p>
    </div>
  );
}
