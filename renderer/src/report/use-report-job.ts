import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportOptionsInput, ReportResult } from '../../../shared/api/methods/report-methods';
import { useApi } from '../api/api-context';

export interface ReportProgress {
  done: number;
  total: number;
  current?: string;
}

export type ReportOutcome =
  | { kind: 'written'; result: ReportResult }
  | { kind: 'downloaded'; fileName: string; warnings: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

let counter = 0;

/** Hands base64 bytes to the browser as a file download. */
function downloadBytes(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Runs report.export (to a path) or report.download (bytes for the browser) as a job with our own
 * job id, follows its jobs.progress events and can stop it with jobs.cancel.
 */
export function useReportJob() {
  const api = useApi();
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const jobRef = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('jobs.progress', (p) => {
        if (p.jobId !== jobRef.current || p.finished) return;
        setProgress({ done: p.done, total: p.total, ...(p.current ? { current: p.current } : {}) });
      }),
    [api],
  );

  const run = useCallback(
    async (options: ReportOptionsInput, target: { path: string } | { download: true }) => {
      if (jobRef.current) return;
      const jobId = `report-${Date.now()}-${++counter}`;
      jobRef.current = jobId;
      setOutcome(null);
      setProgress({ done: 0, total: 1 });
      try {
        if ('path' in target) {
          const result = await api.call('report.export', { ...options, path: target.path, jobId });
          setOutcome(result.cancelled ? { kind: 'cancelled' } : { kind: 'written', result });
        } else {
          const result = await api.call('report.download', { ...options, jobId });
          if (result.cancelled) setOutcome({ kind: 'cancelled' });
          else {
            downloadBytes(result.fileName, result.base64);
            setOutcome({ kind: 'downloaded', fileName: result.fileName, warnings: result.warnings });
          }
        }
      } catch (err) {
        setOutcome({ kind: 'failed', message: (err as Error).message });
      } finally {
        jobRef.current = null;
        setProgress(null);
      }
    },
    [api],
  );

  const cancel = useCallback(async () => {
    const jobId = jobRef.current;
    if (jobId) await api.call('jobs.cancel', { jobId });
  }, [api]);

  return { progress, outcome, running: progress !== null, run, cancel };
}
