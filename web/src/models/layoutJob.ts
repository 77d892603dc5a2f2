import { record, ShapeError } from './shape';

/**
 * The fCoSE layout of a big network runs in a web worker (`features/explorer/layoutWorker.ts`) so
 * the page stays responsive; these are the messages between the page and that worker.
 */

/** From this many nodes on, fCoSE runs off the main thread (below it, it takes a few frames). */
export const offThreadLayoutFrom = 300;

/** From this many nodes on, fCoSE trades some quality for speed. */
export const draftLayoutFrom = 1_000;

export interface LayoutJobNode {
  id: string;
  /** Diameter in model pixels (the stylesheet's `data(size)`). */
  size: number;
  x: number;
  y: number;
}

export interface LayoutJob {
  nodes: LayoutJobNode[];
  edges: { id: string; source: string; target: string }[];
  /** false keeps the current positions as the start (an expansion moves little). */
  randomize: boolean;
}

export interface LayoutJobResult {
  positions: Record<string, { x: number; y: number }>;
  /** How long fCoSE took inside the worker. */
  ms: number;
}

/** Reads what the worker posted back; throws a `ShapeError` when it is not a layout result. */
export function parseLayoutJobResult(value: unknown): LayoutJobResult {
  const message = record(value, 'layout result');
  const raw = record(message.positions, 'positions');
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [id, position] of Object.entries(raw)) {
    const point = record(position, `positions.${id}`);
    if (typeof point.x !== 'number' || typeof point.y !== 'number')
      throw new ShapeError(`positions.${id} is not a point`);
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y))
      throw new ShapeError(`positions.${id} is not finite`);
    positions[id] = { x: point.x, y: point.y };
  }
  if (typeof message.ms !== 'number') throw new ShapeError('ms is not a number');
  return { positions, ms: message.ms };
}
