import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { NavigationProvider } from '../../../renderer/src/state/navigation';

/** Renders a renderer component inside the providers the window gives it. */
export function renderWithApi(api: ApiClient, ui: ReactElement): RenderResult {
  return render(
    <ApiProvider client={api}>
      <NavigationProvider>{ui}</NavigationProvider>
    </ApiProvider>,
  );
}

/**
 * jsdom does no layout: every element is 0×0, so a virtualised list would show no rows. Give
 * elements a viewport-sized client box (what @tanstack/react-virtual reads) while a test runs.
 */
export function giveElementsLayout(width = 1000, height = 800): () => void {
  const proto = HTMLElement.prototype;
  const saved = ['clientWidth', 'clientHeight'].map((p) => [p, Object.getOwnPropertyDescriptor(proto, p)] as const);
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
  return () => {
    for (const [p, d] of saved) {
      if (d) Object.defineProperty(proto, p, d);
      else delete (proto as unknown as Record<string, unknown>)[p];
    }
  };
}
