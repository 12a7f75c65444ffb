import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Coding } from '../../../shared/api/methods/coding-methods';
import { useApi } from '../api/api-context';
import { notifyError } from '../state/notifications';
import { useVisibleCoders } from '../review/coder-visibility';

/**
 * The codings of one source, kept in step with the project, with optimistic changes: a new coding
 * shows at once (before the core answers) and is reconciled with the stored one, or taken back with
 * an error notice when the core refuses it. The store stays the source of truth: every
 * `codings.changed` / `project.changed` (undo, redo) re-reads the list. `codings` holds only the
 * coders shown in the review panel's coder list: a hidden coder's codings are neither drawn nor
 * selectable (a jump to one opens the place without selecting it).
 */
export interface SourceCodings {
  codings: Coding[];
  loading: boolean;
  /** Applies `codeId` to [start, end); resolves to the stored coding, or null when refused. */
  apply(codeId: string, start: number, end: number, snippet: string): Promise<Coding | null>;
  remove(ids: string[]): Promise<void>;
  resize(id: string, start: number, end: number): Promise<void>;
}

let pendingSeq = 0;
export const PENDING_PREFIX = 'pending:';

export function useSourceCodings(sourceId: string | null, coderId: string | null): SourceCodings {
  const api = useApi();
  const [stored, setStored] = useState<Coding[]>([]);
  const [loading, setLoading] = useState(false);
  const [pending, setPending] = useState<Coding[]>([]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [moved, setMoved] = useState<ReadonlyMap<string, { start: number; end: number }>>(new Map());
  const generation = useRef(0);
  // Coders hidden in the review panel's coder list are not drawn (null: everyone is shown).
  const visibleCoders = useVisibleCoders();

  const reload = useCallback(() => {
    if (!sourceId) {
      setStored([]);
      return;
    }
    const gen = ++generation.current;
    setLoading(true);
    api.call('codings.listBySource', { sourceId }).then(
      (list) => {
        if (gen !== generation.current) return;
        setStored(list);
        setLoading(false);
        // Optimistic state is now reflected (or not) in the stored list.
        setHidden(new Set());
        setMoved(new Map());
      },
      (err: unknown) => {
        if (gen !== generation.current) return;
        setLoading(false);
        notifyError(err);
      },
    );
  }, [api, sourceId]);

  useEffect(() => {
    setPending([]);
    reload();
  }, [reload]);

  useEffect(
    () =>
      api.onAny((event, payload) => {
        if (event === 'project.changed' || event === 'sources.changed') reload();
        else if (event === 'codings.changed') {
          const ids = (payload as { sourceIds?: string[] }).sourceIds;
          if (!ids || (sourceId && ids.includes(sourceId))) reload();
        }
      }),
    [api, reload, sourceId],
  );

  const apply = useCallback(
    async (codeId: string, start: number, end: number, snippet: string) => {
      if (!sourceId) return null;
      const temp: Coding = {
        id: `${PENDING_PREFIX}${++pendingSeq}`,
        selectionId: '',
        sourceId,
        codeId,
        coderId: coderId ?? '',
        start,
        end,
        snippet,
        createdAt: new Date().toISOString(),
      };
      setPending((p) => [...p, temp]);
      try {
        const created = await api.call('codings.create', { sourceId, start, end, codeId, snippet });
        setStored((s) => (s.some((c) => c.id === created.id) ? s : [...s, created].sort((a, b) => a.start - b.start || a.end - b.end)));
        return created;
      } catch (err) {
        notifyError(err);
        return null;
      } finally {
        setPending((p) => p.filter((c) => c.id !== temp.id));
      }
    },
    [api, sourceId, coderId],
  );

  const remove = useCallback(
    async (ids: string[]) => {
      const real = ids.filter((id) => !id.startsWith(PENDING_PREFIX));
      if (real.length === 0) return;
      setHidden((h) => new Set([...h, ...real]));
      try {
        await api.call('codings.delete', { ids: real });
      } catch (err) {
        notifyError(err);
        setHidden((h) => new Set([...h].filter((id) => !real.includes(id))));
      }
    },
    [api],
  );

  const resize = useCallback(
    async (id: string, start: number, end: number) => {
      if (id.startsWith(PENDING_PREFIX) || end <= start) return;
      setMoved((m) => new Map(m).set(id, { start, end }));
      try {
        const updated = await api.call('codings.resize', { id, start, end });
        setStored((s) => s.map((c) => (c.id === id ? updated : c)));
      } catch (err) {
        notifyError(err);
        setMoved((m) => {
          const next = new Map(m);
          next.delete(id);
          return next;
        });
      }
    },
    [api],
  );

  const codings = useMemo(() => {
    const shown = stored.filter((c) => !hidden.has(c.id) && (!visibleCoders || visibleCoders.has(c.coderId))).map((c) => {
      const m = moved.get(c.id);
      return m ? { ...c, ...m } : c;
    });
    return pending.length ? [...shown, ...pending] : shown;
  }, [stored, pending, hidden, moved, visibleCoders]);

  return { codings, loading, apply, remove, resize };
}
