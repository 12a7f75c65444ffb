import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../../../shared/api/methods/source-methods';
import { useApi } from '../api/api-context';
import { notify, notifyError } from '../state/notifications';
import { t } from '../i18n/i18n';
import { fileToBase64 } from './file-to-base64';

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  current?: string;
  /** Reading the files in the browser before they are sent. */
  phase: 'reading' | 'importing';
}

export interface ImportState {
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  start(files: readonly File[]): Promise<void>;
  cancel(): Promise<void>;
  clearSummary(): void;
}

let jobCounter = 0;

/**
 * Imports files chosen or dropped in the browser: reads them as base64, runs sources.importFiles
 * as a job with our own job id, follows its jobs.progress events, can cancel it, and keeps the
 * per-file summary (failures with their messages) to show afterwards.
 */
export function useImport(): ImportState {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const jobRef = useRef<string | null>(null);
  const cancelledRef = useRef(false);

  useEffect(
    () =>
      api.on('jobs.progress', (p) => {
        if (p.jobId !== jobRef.current || p.finished) return;
        setProgress({ jobId: p.jobId, done: p.done, total: p.total, ...(p.current ? { current: p.current } : {}), phase: 'importing' });
      }),
    [api],
  );

  const start = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0 || jobRef.current) return;
      const jobId = `import-${Date.now()}-${++jobCounter}`;
      jobRef.current = jobId;
      cancelledRef.current = false;
      setSummary(null);
      try {
        const uploads: { name: string; base64: string }[] = [];
        for (const [i, file] of files.entries()) {
          setProgress({ jobId, done: i, total: files.length, current: file.name, phase: 'reading' });
          uploads.push({ name: file.name, base64: await fileToBase64(file) });
          if (cancelledRef.current) throw new Error(t('navigator.import.cancelledBeforeStart'));
        }
        setProgress({ jobId, done: 0, total: files.length, phase: 'importing' });
        const result = await api.call('sources.importFiles', { files: uploads, options: {}, jobId });
        setSummary(result);
        if (result.failed === 0 && !result.cancelled) notify('success', t('navigator.import.done', { count: result.imported }));
      } catch (err) {
        notifyError(err);
      } finally {
        jobRef.current = null;
        setProgress(null);
      }
    },
    [api],
  );

  const cancel = useCallback(async () => {
    cancelledRef.current = true;
    const jobId = jobRef.current;
    if (!jobId) return;
    try {
      await api.call('jobs.cancel', { jobId });
    } catch (err) {
      notifyError(err);
    }
  }, [api]);

  return { progress, summary, start, cancel, clearSummary: () => setSummary(null) };
}
