import { UndirectedGraph } from 'graphology';

/** A problem in an edge-list file, with the 1-based line it is on. */
export class EdgeListError extends Error {
  override name = 'EdgeListError';
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}

export interface EdgeListTie {
  source: string;
  target: string;
  /** null when the file has no weight column. */
  weight: number | null;
  line: number;
}

export interface EdgeList {
  ties: EdgeListTie[];
  weighted: boolean;
  delimiter: ',' | ';';
}

interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Reads an edge list: a header row naming `source` and `target` (and optionally `weight`; other
 * columns are ignored; names are case-insensitive), then one tie per row. Comma or semicolon is
 * detected from the header (Dutch spreadsheets save with semicolons); fields may be quoted with
 * "…" and "" inside quotes; a UTF-8 byte-order mark is ignored; blank lines are skipped.
 * With semicolons a decimal comma ("2,5") is accepted in weights, as Dutch spreadsheets write it.
 *
 * Refused, with the line number: a missing column, an empty id, a weight that is empty, not a
 * number, zero or negative, a self-loop (someone tied to themselves means nothing in a network of
 * who knows whom), and the same tie listed twice in either direction (ties are undirected).
 */
export function parseEdgeList(text: string): EdgeList {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(content);
  const records = readRecords(content, delimiter).filter((record) =>
    record.fields.some((f) => f.trim() !== ''),
  );
  const header = records[0];
  if (!header)
    throw new EdgeListError(
      1,
      "the file is empty; expected a header row with 'source' and 'target'",
    );
  const names = header.fields.map((field) => field.trim().toLowerCase());
  const column = (name: string): number => names.indexOf(name);
  for (const required of ['source', 'target']) {
    if (column(required) < 0) {
      throw new EdgeListError(
        header.line,
        `missing column '${required}' in the header (found: ${names.map((n) => `'${n}'`).join(', ')})`,
      );
    }
  }
  const sourceAt = column('source');
  const targetAt = column('target');
  const weightAt = column('weight');
  const ties: EdgeListTie[] = [];
  const firstSeen = new Map<string, number>();
  for (const record of records.slice(1)) {
    const { fields, line } = record;
    const needed = Math.max(sourceAt, targetAt, weightAt) + 1;
    if (fields.length < needed) {
      throw new EdgeListError(
        line,
        `expected ${needed} fields, found ${fields.length} (is the delimiter '${delimiter}'?)`,
      );
    }
    const source = (fields[sourceAt] as string).trim();
    const target = (fields[targetAt] as string).trim();
    if (source === '') throw new EdgeListError(line, 'empty source id');
    if (target === '') throw new EdgeListError(line, 'empty target id');
    if (source === target)
      throw new EdgeListError(line, `self-loop '${source}'–'${source}' is not allowed`);
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) {
      throw new EdgeListError(
        line,
        `duplicate tie '${source}'–'${target}' (first on line ${earlier}); list each tie once`,
      );
    }
    firstSeen.set(key, line);
    const weight =
      weightAt < 0 ? null : parseWeight((fields[weightAt] as string).trim(), delimiter, line);
    ties.push({ source, target, weight, line });
  }
  return { ties, weighted: weightAt >= 0, delimiter };
}

function parseWeight(raw: string, delimiter: ',' | ';', line: number): number {
  if (raw === '') throw new EdgeListError(line, 'empty weight');
  const normalised = delimiter === ';' ? raw.replace(',', '.') : raw;
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)
    ? Number(normalised)
    : Number.NaN;
  if (!Number.isFinite(value)) throw new EdgeListError(line, `weight '${raw}' is not a number`);
  if (value <= 0) throw new EdgeListError(line, `weight ${raw} must be greater than 0`);
  return value;
}

/** The delimiter that occurs more often, outside quotes, on the header line; comma on a tie. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** RFC 4180 records, each with the line it starts on (a quoted field may span lines). */
function readRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let quoted = false;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
    i++;
  }
  if (quoted) throw new EdgeListError(quoteLine, 'a quoted field is never closed (missing ")');
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** The ties as an undirected graphology graph; weights, when present, in the `weight` attribute. */
export function edgeListToGraph(edgeList: EdgeList): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const tie of edgeList.ties) {
    graph.mergeNode(tie.source);
    graph.mergeNode(tie.target);
    graph.addEdge(tie.source, tie.target, tie.weight === null ? {} : { weight: tie.weight });
  }
  return graph;
}
