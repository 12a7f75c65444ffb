import { describe, expect, it } from 'vitest';
import { flushStripeLayouts, queueStripeLayout } from '../../../renderer/src/document/stripe-layout-queue';

describe('stripe layout queue', () => {
  it('runs every row’s measuring before any row’s drawing, once', () => {
    const log: string[] = [];
    for (const row of ['a', 'b', 'c']) {
      queueStripeLayout(() => {
        log.push(`read ${row}`);
        return () => log.push(`draw ${row}`);
      });
    }
    expect(log).toEqual([]);
    flushStripeLayouts();
    expect(log).toEqual(['read a', 'read b', 'read c', 'draw a', 'draw b', 'draw c']);
    flushStripeLayouts();
    expect(log).toHaveLength(6);
  });

  it('flushes by itself in a microtask when nobody flushes it', async () => {
    const log: string[] = [];
    queueStripeLayout(() => {
      log.push('read');
      return () => log.push('draw');
    });
    await Promise.resolve();
    expect(log).toEqual(['read', 'draw']);
  });
});
