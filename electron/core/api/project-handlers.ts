import fs from 'node:fs';
import type { projectMethods } from '../../../shared/api/methods/project-methods';
import { ApiError } from '../../../shared/api/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { historyState, undo, redo } from '../history/history';
import { readRecent } from '../recent-projects';
import { getUser, listUsers } from '../store/user-store';
import { newId, nowIso } from '../store/row-helpers';
import { fillSampleProject } from '../sample/sample-project';
import type { HandlersFor, HandlerContext } from './handler-types';
import { projectMeta, setProjectName } from '../store/project-meta';

function projectInfo(ctx: HandlerContext) {
  const db = ctx.db;
  const meta = projectMeta(db);
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    id: meta.id ?? '',
    name: meta.name ?? '',
    path: ctx.session.project!.path,
    schemaVersion: LATEST_SCHEMA_VERSION,
    counts: {
      sources: count('sources'),
      cases: count('cases'),
      codes: count('codes'),
      codings: count('codings'),
      memos: count('memos'),
      coders: count('users'),
    },
    activeCoder: getUser(db, ctx.session.activeCoderId()),
  };
}

export const projectHandlers: HandlersFor<typeof projectMethods> = {
  'project.info': (_input, ctx) => projectInfo(ctx),
  'project.rename': ({ name }, ctx) => {
    setProjectName(ctx.db, name);
    return projectInfo(ctx);
  },
  'project.open': async ({ path }, ctx) => {
    await ctx.session.open(path);
    return projectInfo(ctx);
  },
  'project.create': async ({ path, sample }, ctx) => {
    await ctx.session.create(path, sample ? fillSampleProject : undefined);
    return projectInfo(ctx);
  },
  'project.saveCopy': async ({ path }, ctx) => {
    if (fs.existsSync(path)) throw new ApiError('conflict', `${path} already exists; choose another name.`);
    await ctx.db.backup(path);
    return { path };
  },
  'project.recent': () => readRecent().map((r) => ({ ...r, exists: fs.existsSync(r.path) })),
  'history.state': (_input, ctx) => historyState(ctx.db),
  'history.undo': (_input, ctx) => ({ label: undo(ctx.db) }),
  'history.redo': (_input, ctx) => ({ label: redo(ctx.db) }),
  'users.list': (_input, ctx) => listUsers(ctx.db),
  'users.create': ({ name }, ctx) => {
    const id = newId();
    ctx.db.prepare('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)').run(id, name, nowIso());
    return getUser(ctx.db, id);
  },
  'users.setActive': ({ id }, ctx) => {
    const user = getUser(ctx.db, id);
    ctx.session.setActiveCoder(id);
    return user;
  },
};
