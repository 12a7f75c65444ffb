import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { createClient, type ApiClient } from '../../../shared/api/client';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { EventName } from '../../../shared/api/events';
import { pickTransport } from './transport';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client?: ApiClient; children: ReactNode }) {
  const [value] = useState(() => client ?? createClient(pickTransport()));
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

export interface ApiData<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

/**
 * Calls a read method and keeps the result fresh: it re-reads when `deps` change and whenever one
 * of `refreshOn` events arrives (or 'project.changed', which every undo/redo and project switch sends).
 */
export function useApiData<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  refreshOn: EventName[] = [],
  deps: unknown[] = [],
): ApiData<MethodOutput<M>> {
  const api = useApi();
  const [state, setState] = useState<{ data?: MethodOutput<M>; error: Error | null; loading: boolean }>({ error: null, loading: true });
  const [tick, setTick] = useState(0);
  const inputRef = useRef(input);
  inputRef.current = input;
  useEffect(() => {
    let live = true;
    if (inputRef.current === null) {
      setState({ error: null, loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    api.call(method, inputRef.current).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: Error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, method, tick, JSON.stringify(input), ...deps]);
  useEffect(() => {
    const events = new Set<EventName>([...refreshOn, 'project.changed']);
    return api.onAny((event) => {
      if (events.has(event)) setTick((t) => t + 1);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, refreshOn.join(',')]);
  return { data: state.data, error: state.error, loading: state.loading, reload: () => setTick((t) => t + 1) };
}
