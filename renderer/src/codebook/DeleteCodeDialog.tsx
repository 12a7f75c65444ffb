import { useState } from 'react';
import type { Code } from '../../../shared/api/methods/code-methods';
import { t } from '../i18n/i18n';
import { Modal } from '../shell/Modal';

/**
 * Deleting a code asks what becomes of its codings: delete them with the code and its subcodes,
 * or give codings and subcodes to the parent code (not possible at the top level).
 */
export function DeleteCodeDialog({
  code,
  subcodeCount,
  totalCodings,
  onConfirm,
  onCancel,
}: {
  code: Code;
  subcodeCount: number;
  totalCodings: number;
  onConfirm(choice: 'delete' | 'moveToParent'): void;
  onCancel(): void;
}) {
  const [choice, setChoice] = useState<'delete' | 'moveToParent'>(code.parentId ? 'moveToParent' : 'delete');
  return (
    <Modal
      title={t('codebook.delete.title', { name: code.name })}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('shell.dialog.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => onConfirm(choice)}>
            {t('codebook.delete.confirm')}
          </button>
        </>
      }
    >
      <p>{t('codebook.delete.summary', { codings: totalCodings, subcodes: subcodeCount })}</p>
      <fieldset className="choice-list">
        <legend>{t('codebook.delete.question')}</legend>
        <label className="check">
          <input type="radio" name="delete-choice" data-autofocus={code.parentId ? true : undefined} checked={choice === 'moveToParent'} disabled={!code.parentId} onChange={() => setChoice('moveToParent')} />
          <span>{code.parentId ? t('codebook.delete.moveToParent') : t('codebook.delete.moveToParentTop')}</span>
        </label>
        <label className="check">
          <input type="radio" name="delete-choice" checked={choice === 'delete'} onChange={() => setChoice('delete')} />
          <span>{t('codebook.delete.deleteCodings')}</span>
        </label>
      </fieldset>
      <p className="hint">{t('codebook.delete.undoHint')}</p>
    </Modal>
  );
}
