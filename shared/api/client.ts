import type { MethodInput, MethodName, MethodOutput } from './contract';
import { ApiError, type ApiResult } from './errors';
import type { EventName, EventPayload } from './events';

/** What a transport provides: IPC in Electron (preload), HTTP + server-sent events elsewhere. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to every core event; returns an unsubscribe function. */
  on(listener: (event: EventName, payload: unknown) => void): () => void;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onAny(listener: (event: EventName, payload: unknown) => void): () => void;
}

/** The typed client the renderer and tests use over any transport; failures throw ApiError. */
export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const result = await transport.invoke(method, input);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details, result.error.reason);
      return result.value as never;
    },
    on(event, listener) {
      return transport.on((name, payload) => {
        if (name === event) listener(payload as never);
      });
    },
    onAny(listener) {
      return transport.on(listener);
    },
  };
}
