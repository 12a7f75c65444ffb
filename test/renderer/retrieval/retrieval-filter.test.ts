import { describe, expect, it } from 'vitest';
import type { RetrievedSegment } from '../../../shared/api/methods/coding-methods';
import { filterSegments } from '../../../renderer/src/retrieval/retrieval-filter';

const seg = (id: string, sourceId: string, coderId: string, snippet: string, speaker: string | null, cases: string[]): RetrievedSegment => ({
  id, selectionId: `s-${id}`, sourceId, codeId: 'k', coderId, start: 0, end: snippet.length, snippet, createdAt: '2024-01-01T00:00:00Z',
  sourceName: `Sumber ${sourceId}`, codeName: 'Kode', coderName: coderId, caseNames: cases, speaker, blockIndex: 0, contextBefore: '', contextAfter: '',
});

const list = [
  seg('1', 'A', 'ani', 'Saya belajar dari senior', 'Informan 01', ['Bidan']),
  seg('2', 'A', 'budi', 'Pelatihan resmi jarang ada', 'Informan 01', ['Bidan']),
  seg('3', 'B', 'ani', 'Gaji honorer kecil', 'Informan 04', ['Perawat']),
];

describe('filterSegments', () => {
  it('keeps segments containing every word, looking in text, source, case and speaker', () => {
    expect(filterSegments(list, { text: 'SENIOR saya', sourceId: '', coderId: '' }).map((s) => s.id)).toEqual(['1']);
    expect(filterSegments(list, { text: 'perawat', sourceId: '', coderId: '' }).map((s) => s.id)).toEqual(['3']);
    expect(filterSegments(list, { text: 'informan 01', sourceId: '', coderId: '' }).map((s) => s.id)).toEqual(['1', '2']);
  });
  it('filters by source and coder', () => {
    expect(filterSegments(list, { text: '', sourceId: 'A', coderId: 'ani' }).map((s) => s.id)).toEqual(['1']);
    expect(filterSegments(list, { text: '', sourceId: '', coderId: '' })).toHaveLength(3);
  });
});
