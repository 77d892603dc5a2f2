import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { draftLayoutFrom, type LayoutJob, type LayoutJobResult } from '../../models/layoutJob';
import { spreadPositions } from './spreadLayout';

/**
 * Runs fCoSE on a headless Cytoscape inside a web worker and posts the positions back, so laying
 * out thousands of nodes never blocks the page. Node sizes come from the job (no labels: a worker
 * cannot measure text), which is why the page keeps some extra separation.
 */
cytoscape.use(fcose);

/** Room per node, in model pixels, after a draft layout: about a node and a half. */
const draftSpacing = 80;

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const job = event.data;
  const started = performance.now();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...job.nodes.map((node) => ({
        group: 'nodes' as const,
        data: { id: node.id, size: node.size },
        position: { x: node.x, y: node.y },
      })),
      ...job.edges.map((edge) => ({ group: 'edges' as const, data: edge })),
    ],
  });
  const big = job.nodes.length >= draftLayoutFrom;
  const options = {
    name: 'fcose',
    animate: false,
    fit: false,
    randomize: job.randomize,
    quality: big ? 'draft' : 'default',
    numIter: big ? 1_500 : 2_500,
    nodeRepulsion: () => 8_000,
    idealEdgeLength: () => 90,
    nodeSeparation: 90,
    nodeDimensionsIncludeLabels: false,
  } as LayoutOptions;
  cy.layout(options).run();
  const laidOut: LayoutJobResult['positions'] = {};
  cy.nodes().forEach((node) => {
    laidOut[node.id()] = { ...node.position() };
  });
  cy.destroy();
  // A draft layout is packed tight: give each node room (see `spreadPositions`).
  const positions = big ? spreadPositions(laidOut, draftSpacing) : laidOut;
  const result: LayoutJobResult = { positions, ms: performance.now() - started };
  self.postMessage(result);
};
