import type { EventName, EventPayload } from '../../shared/api/events';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Fans core events out to the transports (IPC windows, HTTP server-sent event streams). */
export class EventBus {
  private listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) {
      try {
        l(event, payload);
      } catch {
        // A failing listener (a closed window) must not break the write that announced the event.
      }
    }
  }
}
