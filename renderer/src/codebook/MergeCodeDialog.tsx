import { useState } from 'react';
import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';
import { subtreeIds } from './code-tree-model';

/** Merges the code into another: its codings, subcodes and memos go there, then it is deleted. */
export function MergeCodeDialog({ code, codes, onConfirm, onCancel }: { code: Code; codes: readonly Code[]; onConfirm(intoId: string): void; onCancel(): void }) {
  const inside = subtreeIds(codes, code.id);
  const targets = codes.filter((c) => !inside.has(c.id));
  const [into, setInto] = useState(targets[0]?.id ?? '');
  return (
    <Modal
      title={t('codebook.merge.title', { name: code.name })}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('shell.dialog.cancel')}
          </button>
          <button type="button" className="primary" disabled={!into} onClick={() => onConfirm(into)}>
            {t('codebook.merge.confirm')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('codebook.merge.into')}</span>
        <select data-autofocus value={into} onChange={(e) => setInto(e.target.value)}>
          {targets.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('codebook.merge.explain', { codings: code.codingCount })}</p>
    </Modal>
  );
}
