import type { Core } from 'cytoscape';
import { type LayoutJob, parseLayoutJobResult } from '../../models/layoutJob';

export interface OffThreadLayout {
  /** Drops the run: its worker is terminated and its result never applied. */
  stop(): void;
}

/**
 * Lays `cy` out with fCoSE in a fresh web worker and applies the positions in one batch. One
 * worker per run, terminated when it answers or is stopped, so nothing outlives the canvas.
 */
export function runLayoutOffThread(
  cy: Core,
  randomize: boolean,
  onDone: (outcome: { ok: boolean; workerMs: number }) => void,
): OffThreadLayout {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  let live = true;
  const finish = () => {
    live = false;
    worker.terminate();
  };
  const job: LayoutJob = {
    randomize,
    nodes: cy.nodes().map((node) => ({
      id: node.id(),
      size: Number(node.data('size')) || 30,
      ...node.position(),
    })),
    edges: cy.edges().map((edge) => ({
      id: edge.id(),
      source: edge.source().id(),
      target: edge.target().id(),
    })),
  };
  worker.onmessage = (event: MessageEvent<unknown>) => {
    if (!live) return;
    finish();
    let result: ReturnType<typeof parseLayoutJobResult>;
    try {
      result = parseLayoutJobResult(event.data);
    } catch {
      onDone({ ok: false, workerMs: 0 });
      return;
    }
    if (cy.destroyed()) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const position = result.positions[node.id()];
        if (position) node.position(position);
      });
    });
    cy.fit(undefined, 30);
    onDone({ ok: true, workerMs: result.ms });
  };
  worker.onerror = () => {
    if (!live) return;
    finish();
    onDone({ ok: false, workerMs: 0 });
  };
  worker.postMessage(job);
  return { stop: finish };
}
