import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** The main views of the window. */
export type View = 'document' | 'retrieval' | 'cases' | 'memos' | 'search' | 'matrix' | 'text-matrix' | 'charts' | 'conclusions' | 'review' | 'agreement';

/** A place to show in the document view: code points, end exclusive. */
export interface TextTarget {
  sourceId: string;
  start: number;
  end: number;
}

export interface Navigation {
  view: View;
  setView(view: View): void;
  sourceId: string | null;
  openSource(sourceId: string): void;
  /** Opens a source scrolled to and selecting [start, end). */
  openSegment(sourceId: string, start: number, end: number): void;
  /** The place the document view should reveal (consumed by it). */
  target: TextTarget | null;
  selectedCodeId: string | null;
  selectCode(codeId: string | null): void;
  /** Back to the start (another project was opened): no source, no code, the document view. */
  reset(): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<View>('document');
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [target, setTarget] = useState<TextTarget | null>(null);
  const [selectedCodeId, selectCode] = useState<string | null>(null);
  const openSource = useCallback((id: string) => {
    setSourceId(id);
    setTarget(null);
    setView('document');
  }, []);
  const openSegment = useCallback((id: string, start: number, end: number) => {
    setSourceId(id);
    setTarget({ sourceId: id, start, end });
    setView('document');
  }, []);
  const reset = useCallback(() => {
    setSourceId(null);
    setTarget(null);
    selectCode(null);
  }, []);
  const value = useMemo(
    () => ({ view, setView, sourceId, openSource, openSegment, target, selectedCodeId, selectCode, reset }),
    [view, sourceId, openSource, openSegment, target, selectedCodeId, reset],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}
