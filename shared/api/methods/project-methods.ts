import { z } from 'zod';
import { Empty, Id, method } from '../define';

export const User = z.object({ id: Id, name: z.string(), codingCount: z.number().int() });
export type User = z.infer<typeof User>;

export const ProjectInfo = z.object({
  id: z.string(),
  name: z.string(),
  path: z.string(),
  schemaVersion: z.number().int(),
  counts: z.object({
    sources: z.number().int(),
    cases: z.number().int(),
    codes: z.number().int(),
    codings: z.number().int(),
    memos: z.number().int(),
    coders: z.number().int(),
  }),
  activeCoder: User,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

const ProjectPath = z.object({ path: z.string().min(1).max(4096) });
export const RecentProject = z.object({ path: z.string(), name: z.string(), openedAt: z.string(), exists: z.boolean() });

export const projectMethods = {
  'project.info': method('read', Empty, ProjectInfo),
  'project.rename': method('write', z.object({ name: z.string().trim().min(1).max(200) }), ProjectInfo, ['project.changed']),
  'project.open': method('control', ProjectPath, ProjectInfo, ['project.changed']),
  'project.create': method('control', ProjectPath.extend({ sample: z.boolean().default(false) }), ProjectInfo, ['project.changed']),
  'project.saveCopy': method('read', ProjectPath, z.object({ path: z.string() })),
  'project.recent': method('read', Empty, z.array(RecentProject)),
  'history.state': method('read', Empty, HistoryState),
  'history.undo': method('control', Empty, z.object({ label: z.string().nullable() }), ['project.changed', 'history.changed']),
  'history.redo': method('control', Empty, z.object({ label: z.string().nullable() }), ['project.changed', 'history.changed']),
  'users.list': method('read', Empty, z.array(User)),
  'users.create': method('write', z.object({ name: z.string().trim().min(1).max(100) }), User, ['project.changed']),
  'users.setActive': method('control', z.object({ id: Id }), User, ['project.changed']),
} as const;
