import type { sourceMethods } from '../../../shared/api/methods/source-methods';
import { importBatch, fileFromPath, fileFromUpload } from '../import/import-batch';
import { deleteSources, getSource, listSources } from '../store/source-store';
import { listSets, createSet } from '../store/set-store';
import { requireRow, IN_LIST, inList } from '../store/row-helpers';
import { editSourceText } from '../coding/source-text-edit';
import type { HandlersFor } from './handler-types';

export const sourceHandlers: HandlersFor<typeof sourceMethods> = {
  'sources.list': ({ setId }, ctx) => listSources(ctx.db, setId),
  'sources.get': ({ id }, ctx) => getSource(ctx.db, id),
  'sources.rename': ({ id, name }, ctx) => {
    requireRow(ctx.db, 'sources', id, 'Source');
    ctx.db.prepare('UPDATE sources SET name = ? WHERE id = ?').run(name, id);
    return { ok: true };
  },
  'sources.update': ({ id, description, sourceDate }, ctx) => {
    requireRow(ctx.db, 'sources', id, 'Source');
    if (description !== undefined) ctx.db.prepare('UPDATE sources SET description = ? WHERE id = ?').run(description, id);
    if (sourceDate !== undefined) ctx.db.prepare('UPDATE sources SET source_date = ? WHERE id = ?').run(sourceDate, id);
    return { ok: true };
  },
  'sources.editText': ({ id, edits, newText }, ctx) => editSourceText(ctx.db, id, { edits, newText }),
  'sources.delete': ({ ids }, ctx) => ({ deleted: deleteSources(ctx.db, ids) }),
  'sources.import': ({ paths, options }, ctx) => importBatch(paths.map(fileFromPath), options, ctx),
  'sources.importFiles': ({ files, options }, ctx) =>
    importBatch(files.map((f) => fileFromUpload(f.name, f.base64)), options, ctx),
  'sets.list': (_input, ctx) => listSets(ctx.db),
  'sets.create': ({ name, description, sourceIds }, ctx) => createSet(ctx.db, name, description, sourceIds),
  'sets.rename': ({ id, name }, ctx) => {
    requireRow(ctx.db, 'sets', id, 'Set');
    ctx.db.prepare('UPDATE sets SET name = ? WHERE id = ?').run(name, id);
    return { ok: true };
  },
  'sets.delete': ({ id }, ctx) => {
    requireRow(ctx.db, 'sets', id, 'Set');
    ctx.db.prepare('DELETE FROM sets WHERE id = ?').run(id);
    return { ok: true };
  },
  'sets.addSources': ({ id, sourceIds }, ctx) => {
    requireRow(ctx.db, 'sets', id, 'Set');
    const add = ctx.db.prepare('INSERT OR IGNORE INTO set_sources (set_id, source_id) VALUES (?, ?)');
    for (const s of sourceIds) add.run(id, s);
    return { ok: true };
  },
  'sets.removeSources': ({ id, sourceIds }, ctx) => {
    ctx.db.prepare(`DELETE FROM set_sources WHERE set_id = ? AND source_id IN ${IN_LIST}`).run(id, inList(sourceIds));
    return { ok: true };
  },
};
