import type {
  DemoChunk,
  DemoRelationship,
  NodeLabel,
  NodeRows,
  RelationshipProperties,
  RelationshipType,
} from './model.js';

/**
 * Collects rows per label and per (type, from label, to label) and hands them out in chunks of at
 * most `chunkSize`, so the streaming generator never holds more than a few chunks of rows.
 */
export class ChunkBuffer {
  private readonly nodes = new Map<NodeLabel, NodeRows[NodeLabel][]>();
  private readonly relationships = new Map<string, DemoRelationship[]>();
  /** Completed chunks in the order a loader must apply them. */
  private readonly queue: DemoChunk[] = [];

  constructor(
    private readonly chunkSize: number,
    private readonly source: string,
  ) {}

  node<L extends NodeLabel>(label: L, row: NodeRows[L]): void {
    let rows = this.nodes.get(label);
    if (!rows) {
      rows = [];
      this.nodes.set(label, rows);
    }
    rows.push(row);
    if (rows.length >= this.chunkSize) {
      this.nodes.set(label, []);
      this.queue.push({ kind: 'nodes', label, rows } as DemoChunk);
    }
  }

  relationship(
    type: RelationshipType,
    from: { label: NodeLabel; id: string },
    to: { label: NodeLabel; id: string },
    meta: { id: string; createdAt: string },
    properties: RelationshipProperties = {},
  ): void {
    const key = `${type}|${from.label}|${to.label}`;
    let rows = this.relationships.get(key);
    if (!rows) {
      rows = [];
      this.relationships.set(key, rows);
    }
    rows.push({
      id: meta.id,
      type,
      fromLabel: from.label,
      from: from.id,
      toLabel: to.label,
      to: to.id,
      properties,
      createdAt: meta.createdAt,
      updatedAt: meta.createdAt,
      createdBy: 'system',
      source: this.source,
    });
    if (rows.length >= this.chunkSize) {
      // Nodes still buffered go first, so a loader always finds a relationship's endpoints.
      this.queueNodes();
      this.relationships.set(key, []);
      this.queue.push({
        kind: 'relationships',
        type,
        fromLabel: from.label,
        toLabel: to.label,
        rows,
      });
    }
  }

  /** The chunks completed so far. */
  *take(): Generator<DemoChunk> {
    while (this.queue.length > 0) {
      const chunk = this.queue.shift();
      if (chunk) yield chunk;
    }
  }

  /** Everything buffered, full or not: at the end of a phase. */
  *flush(): Generator<DemoChunk> {
    this.queueNodes();
    for (const [key, rows] of this.relationships) {
      if (rows.length === 0) continue;
      const [type, fromLabel, toLabel] = key.split('|') as [RelationshipType, NodeLabel, NodeLabel];
      this.relationships.set(key, []);
      this.queue.push({ kind: 'relationships', type, fromLabel, toLabel, rows });
    }
    yield* this.take();
  }

  private queueNodes(): void {
    for (const [label, rows] of this.nodes) {
      if (rows.length === 0) continue;
      this.nodes.set(label, []);
      this.queue.push({ kind: 'nodes', label, rows } as DemoChunk);
    }
  }
}
