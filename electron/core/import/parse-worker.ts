import { parentPort } from 'node:worker_threads';
import { parseDocument } from './parse-document';

/** Worker thread: parses files sent by ParsePool, one message per file. */
parentPort!.on('message', (msg: { id: number; fileName: string; bytes: Uint8Array; options: object }) => {
  void parseDocument(msg.fileName, msg.bytes, msg.options).then((outcome) => parentPort!.postMessage({ id: msg.id, outcome }));
});

// Loaded and listening: until this arrives the pool parses in its own thread rather than wait.
parentPort!.postMessage({ ready: true });
