import { describe, expect, it } from 'vitest';
import { uprightHeaderHeight } from '../../../../electron/core/report/report-table';

describe('uprightHeaderHeight', () => {
  it('is null without upright headers and grows with the longest label, within bounds', () => {
    expect(uprightHeaderHeight([{ header: 'Cases', width: 2600 }])).toBeNull();
    const short = uprightHeaderHeight([{ header: 'Cases', width: 2600 }, { header: 'Kerja', width: 873, vertical: true }])!;
    const long = uprightHeaderHeight([{ header: 'Ketanggapan menyelesaikan pekerjaan', width: 873, vertical: true }])!;
    expect(short).toBe(900);
    expect(long).toBeGreaterThan(short);
    expect(uprightHeaderHeight([{ header: 'x'.repeat(500), width: 873, vertical: true }])).toBe(3200);
  });
});
