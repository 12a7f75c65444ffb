import { useApiData } from '../api/api-context';
import type { User } from '../../../shared/api/methods/project-methods';

/** The coder whose codings new work is recorded under (project.info's activeCoder). */
export function useActiveCoder(): User | null {
  const info = useApiData('project.info', {}, ['project.changed']);
  return info.data?.activeCoder ?? null;
}
