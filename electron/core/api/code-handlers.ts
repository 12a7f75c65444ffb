import type { codeMethods } from '../../../shared/api/methods/code-methods';
import { ApiError } from '../../../shared/api/errors';
import { dropUnusedSelections } from '../store/coding-store';
import { createCode, getCode, listCodes, moveCodings, renumberSiblings, siblings, subtreeIds } from '../store/code-store';
import { requireRow, IN_LIST, inList } from '../store/row-helpers';
import type { HandlersFor } from './handler-types';

export const codeHandlers: HandlersFor<typeof codeMethods> = {
  'codes.list': (_i, ctx) => listCodes(ctx.db),
  'codes.create': (input, ctx) => getCode(ctx.db, createCode(ctx.db, { ...input, createdBy: ctx.session.activeCoderId() })),
  'codes.update': ({ id, ...fields }, ctx) => {
    const code = getCode(ctx.db, id);
    if (fields.name !== undefined && fields.name.toLowerCase() !== code.name.toLowerCase()) {
      const clash = ctx.db
        .prepare(`SELECT 1 FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '') AND name = ? COLLATE NOCASE AND id <> ?`)
        .get(code.parentId, fields.name, id);
      if (clash) throw new ApiError('conflict', `There is already a code named "${fields.name}" beside it.`);
    }
    const columns: Record<string, string | undefined> = {
      name: fields.name,
      color: fields.color,
      description: fields.description,
      inclusion: fields.inclusion,
      exclusion: fields.exclusion,
      example: fields.example,
    };
    for (const [col, value] of Object.entries(columns)) {
      if (value !== undefined) ctx.db.prepare(`UPDATE codes SET ${col} = ? WHERE id = ?`).run(value, id);
    }
    return getCode(ctx.db, id);
  },
  'codes.move': ({ id, parentId, index }, ctx) => {
    const code = getCode(ctx.db, id);
    if (parentId !== null) {
      requireRow(ctx.db, 'codes', parentId, 'Code');
      if (subtreeIds(ctx.db, id).includes(parentId)) {
        throw new ApiError('invalid-input', `"${code.name}" cannot be moved inside itself or one of its own subcodes.`);
      }
    }
    const clash = ctx.db
      .prepare(`SELECT 1 FROM codes WHERE coalesce(parent_id, '') = coalesce(?, '') AND name = ? COLLATE NOCASE AND id <> ?`)
      .get(parentId, code.name, id);
    if (clash) throw new ApiError('conflict', `There is already a code named "${code.name}" there.`);
    ctx.db.prepare('UPDATE codes SET parent_id = ? WHERE id = ?').run(parentId, id);
    const order = siblings(ctx.db, parentId).filter((s) => s !== id);
    order.splice(Math.min(index, order.length), 0, id);
    renumberSiblings(ctx.db, order);
    if (code.parentId !== parentId) renumberSiblings(ctx.db, siblings(ctx.db, code.parentId));
    return { ok: true };
  },
  'codes.merge': ({ fromIds, intoId }, ctx) => {
    const into = getCode(ctx.db, intoId);
    let codingsMoved = 0;
    for (const fromId of fromIds) {
      const from = getCode(ctx.db, fromId);
      if (fromId === intoId || subtreeIds(ctx.db, fromId).includes(intoId)) {
        throw new ApiError('invalid-input', `"${from.name}" cannot be merged into "${into.name}", which is itself or inside it.`);
      }
      codingsMoved += moveCodings(ctx.db, fromId, intoId);
      for (const child of siblings(ctx.db, fromId)) {
        const childName = getCode(ctx.db, child).name;
        const clash = ctx.db.prepare(`SELECT id FROM codes WHERE parent_id = ? AND name = ? COLLATE NOCASE`).get(intoId, childName) as { id: string } | undefined;
        if (clash) throw new ApiError('conflict', `Both codes have a subcode "${childName}"; merge those first.`);
        ctx.db.prepare('UPDATE codes SET parent_id = ? WHERE id = ?').run(intoId, child);
      }
      ctx.db.prepare('UPDATE memos SET code_id = ? WHERE code_id = ?').run(intoId, fromId);
      ctx.db.prepare('DELETE FROM codes WHERE id = ?').run(fromId);
    }
    renumberSiblings(ctx.db, siblings(ctx.db, intoId));
    return { codingsMoved };
  },
  'codes.delete': ({ id, codings }, ctx) => {
    const code = getCode(ctx.db, id);
    const subtree = subtreeIds(ctx.db, id);
    if (codings === 'moveToParent') {
      if (!code.parentId) {
        throw new ApiError('invalid-input', `"${code.name}" is a top-level code: it has no parent to give its codings to. Choose to delete them, or merge it into another code.`);
      }
      const codingsMoved = moveCodings(ctx.db, id, code.parentId);
      for (const child of siblings(ctx.db, id)) ctx.db.prepare('UPDATE codes SET parent_id = ? WHERE id = ?').run(code.parentId, child);
      ctx.db.prepare('DELETE FROM codes WHERE id = ?').run(id);
      renumberSiblings(ctx.db, siblings(ctx.db, code.parentId));
      return { codesDeleted: 1, codingsDeleted: 0, codingsMoved };
    }
    const inSubtree = `code_id IN ${IN_LIST}`;
    const codingsDeleted = (ctx.db.prepare(`SELECT count(*) AS n FROM codings WHERE ${inSubtree}`).get(inList(subtree)) as { n: number }).n;
    const selections = (ctx.db.prepare(`SELECT DISTINCT selection_id AS s FROM codings WHERE ${inSubtree}`).all(inList(subtree)) as { s: string }[]).map((r) => r.s);
    ctx.db.prepare('DELETE FROM codes WHERE id = ?').run(id);
    dropUnusedSelections(ctx.db, selections);
    return { codesDeleted: subtree.length, codingsDeleted, codingsMoved: 0 };
  },
};
