import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { useApi } from './api-context';
import { errorText } from '../i18n/error-text';

export interface JobProgress {
  done: number;
  total: number;
  current?: string;
}

export type JobOutcome<T> = { kind: 'done'; value: T } | { kind: 'cancelled'; message: string } | { kind: 'failed'; message: string };

let counter = 0;

/**
 * Runs one API job at a time under our own job id: follows its `jobs.progress` events, can stop it
 * with `jobs.cancel`, and keeps how it ended. Errors keep the core's wording (it says what and where).
 */
export function useApiJob<T>(prefix: string) {
  const api = useApi();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [outcome, setOutcome] = useState<JobOutcome<T> | null>(null);
  const jobRef = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('jobs.progress', (p) => {
        // Events arrive asynchronously: ones after the job ended (jobRef cleared) are ignored.
        if (p.jobId !== jobRef.current || p.finished) return;
        setProgress({ done: p.done, total: p.total, ...(p.current ? { current: p.current } : {}) });
      }),
    [api],
  );

  const run = useCallback(
    async (start: (jobId: string) => Promise<T>): Promise<JobOutcome<T> | null> => {
      if (jobRef.current) return null;
      const jobId = `${prefix}-${Date.now()}-${++counter}`;
      jobRef.current = jobId;
      setOutcome(null);
      setProgress({ done: 0, total: 1 });
      let result: JobOutcome<T>;
      try {
        result = { kind: 'done', value: await start(jobId) };
      } catch (err) {
        const message = errorText(err);
        result = err instanceof ApiError && err.code === 'cancelled' ? { kind: 'cancelled', message } : { kind: 'failed', message };
      } finally {
        jobRef.current = null;
        setProgress(null);
      }
      setOutcome(result);
      return result;
    },
    [prefix],
  );

  const cancel = useCallback(async () => {
    const jobId = jobRef.current;
    if (jobId) await api.call('jobs.cancel', { jobId });
  }, [api]);

  return { progress, outcome, running: progress !== null, run, cancel, clear: () => setOutcome(null) };
}
