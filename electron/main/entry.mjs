// Electron's entry: loads the TypeScript main process through tsx (running from source).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
