import { describe, expect, it } from 'vitest';
import { historyLabel } from '../../../renderer/src/shell/history-label';
import { historyShortcut, isTextEditing } from '../../../renderer/src/shell/use-history';
import { shortcutLabel } from '../../../renderer/src/shell/shortcut-label';
import { setLanguage } from '../../../renderer/src/i18n/i18n';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('undo and redo keys', () => {
  it('Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo; others are not history keys', () => {
    expect(historyShortcut(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(key('z', { metaKey: true }))).toBe('undo');
    expect(historyShortcut(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(key('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyShortcut(key('z'))).toBeNull();
    expect(historyShortcut(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(key('y', { metaKey: true }))).toBeNull();
  });
  it('leaves Ctrl+Z to text fields and editable text', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const div = document.createElement('div');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(isTextEditing(input)).toBe(true);
    expect(isTextEditing(document.createElement('textarea'))).toBe(true);
    expect(isTextEditing(checkbox)).toBe(false);
    expect(isTextEditing(div)).toBe(false);
    expect(isTextEditing(editable)).toBe(true);
    const readOnly = document.createElement('div');
    readOnly.setAttribute('contenteditable', 'false');
    expect(isTextEditing(readOnly)).toBe(false);
    editable.remove();
  });
  it('shows shortcuts as each platform does', () => {
    expect(shortcutLabel('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('Mod+Shift+Z', true)).toBe('⇧⌘Z');
  });
});

describe('undo step labels', () => {
  it('names method steps and import steps in the current language, and keeps unknown ones', () => {
    setLanguage('en');
    expect(historyLabel('codes.create')).toBe('create code');
    expect(historyLabel('Import wawancara.docx')).toBe('import of wawancara.docx');
    expect(historyLabel('Import cases from kasus.csv')).toBe('import of cases from kasus.csv');
    expect(historyLabel('something.else')).toBe('something.else');
    setLanguage('id');
    expect(historyLabel('codes.create')).toBe('buat kode');
    expect(historyLabel('Import wawancara.docx')).toBe('impor wawancara.docx');
    setLanguage('en');
  });
});
