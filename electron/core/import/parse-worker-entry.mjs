// Worker bootstrap: loads the TypeScript worker through tsx (Node 20 does not pass --import hooks on
// to worker threads).
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
