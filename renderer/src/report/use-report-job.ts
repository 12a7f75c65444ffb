import { useCallback } from 'react';
import type { ReportOptionsInput, ReportResult } from '../../../shared/api/methods/report-methods';
import { useApi } from '../api/api-context';
import { downloadBytes } from '../api/download-bytes';
import { useApiJob } from '../api/use-api-job';

export type ReportOutcome =
  | { kind: 'written'; result: ReportResult }
  | { kind: 'downloaded'; fileName: string; warnings: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/**
 * Runs report.export (to a path) or report.download (bytes for the browser) as a job: progress,
 * Stop and how it ended come from the shared useApiJob.
 */
export function useReportJob() {
  const api = useApi();
  const job = useApiJob<ReportOutcome>('report');
  const start = job.run;

  const run = useCallback(
    async (options: ReportOptionsInput, target: { path: string } | { download: true }) => {
      await start(async (jobId): Promise<ReportOutcome> => {
        if ('path' in target) {
          const result = await api.call('report.export', { ...options, path: target.path, jobId });
          return result.cancelled ? { kind: 'cancelled' } : { kind: 'written', result };
        }
        const result = await api.call('report.download', { ...options, jobId });
        if (result.cancelled) return { kind: 'cancelled' };
        downloadBytes(result.fileName, result.base64);
        return { kind: 'downloaded', fileName: result.fileName, warnings: result.warnings };
      });
    },
    [api, start],
  );

  const outcome: ReportOutcome | null =
    job.outcome === null ? null : job.outcome.kind === 'done' ? job.outcome.value : job.outcome.kind === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', message: job.outcome.message };

  return { progress: job.progress, outcome, running: job.running, run, cancel: job.cancel };
}
