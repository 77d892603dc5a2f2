import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The ESM entry of tsx's loader API, found through tsx's export map (its `import` condition). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = manifest.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifestPath), entry)).href;
}

/**
 * Starts a worker thread on a module next to the caller. When the caller runs from TypeScript
 * sources (tsx, vitest), the worker first registers tsx's loader, as `--import tsx` in a worker's
 * execArgv is not applied to its entry; compiled JavaScript starts the `.js` entry directly.
 * `callerUrl` is the caller's `import.meta.url`, `name` the entry's file name without extension.
 */
export function startModuleWorker(callerUrl: string, name: string, workerData: unknown): Worker {
  const extension = extname(fileURLToPath(callerUrl));
  const entry = new URL(`./${name}${extension}`, callerUrl);
  if (extension !== '.ts') return new Worker(entry, { workerData });
  return new Worker(
    `import(${JSON.stringify(tsxEsmApi())})
       .then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`,
    { eval: true, workerData },
  );
}

/** Resolves with the worker's first message and then ends it; rejects when it fails or exits early. */
export function firstMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let answered = false;
    worker.once('message', (message: T) => {
      answered = true;
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The worker thread stopped with code ${code}.`));
    });
  });
}
