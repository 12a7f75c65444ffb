import { parentPort } from 'node:worker_threads';
import { parseDocument, type ParseInput } from './parse-document';

/** Worker thread: parses files sent by ParsePool, one message per file. */
parentPort!.on('message', (msg: { id: number; fileName: string; input: ParseInput; options: object }) => {
  void parseDocument(msg.fileName, msg.input, msg.options).then((outcome) => parentPort!.postMessage({ id: msg.id, outcome }));
});

// Loaded and listening: until this arrives the pool parses in its own thread rather than wait.
parentPort!.postMessage({ ready: true });
