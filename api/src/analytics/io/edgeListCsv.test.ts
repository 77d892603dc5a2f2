import { describe, expect, it } from 'vitest';
import { EdgeListError, edgeListToGraph, parseEdgeList } from './edgeListCsv.js';

function problemOf(text: string): string {
  try {
    parseEdgeList(text);
  } catch (error) {
    if (error instanceof EdgeListError) return error.message;
    throw error;
  }
  throw new Error('expected the edge list to be refused');
}

describe('reading an edge list', () => {
  it('reads a comma-separated list without weights', () => {
    const list = parseEdgeList('source,target\nanna,bert\nbert,carla\n');
    expect(list.weighted).toBe(false);
    expect(list.delimiter).toBe(',');
    expect(list.ties).toEqual([
      { source: 'anna', target: 'bert', weight: null, line: 2 },
      { source: 'bert', target: 'carla', weight: null, line: 3 },
    ]);
  });

  it('detects semicolons, strips a BOM, accepts CRLF, quotes, any column order and a decimal comma', () => {
    const text =
      '\ufeffWeight;Target;Source;note\r\n"2,5";"Bakkers; vereniging";"Jan ""de"" Vries";x\r\n1;b;a;\r\n';
    const list = parseEdgeList(text);
    expect(list.delimiter).toBe(';');
    expect(list.ties[0]).toEqual({
      source: 'Jan "de" Vries',
      target: 'Bakkers; vereniging',
      weight: 2.5,
      line: 2,
    });
    expect(list.ties[1]?.weight).toBe(1);
  });

  it('skips blank lines but keeps counting them for line numbers', () => {
    const list = parseEdgeList('source,target\n\na,b\n\n\nb,c');
    expect(list.ties.map((tie) => tie.line)).toEqual([3, 6]);
  });

  it('keeps the line number of a record whose quoted field spans lines', () => {
    const list = parseEdgeList('source,target\n"multi\nline",b\nb,c');
    expect(list.ties[0]?.source).toBe('multi\nline');
    expect(problemOf('source,target\n"multi\nline",b\nb,')).toBe('line 4: empty target id');
  });

  it('builds an undirected graph with the weights as the weight attribute', () => {
    const graph = edgeListToGraph(parseEdgeList('source,target,weight\na,b,3\nb,c,1.5\n'));
    expect(graph.order).toBe(3);
    expect(graph.getEdgeAttribute('b', 'a', 'weight')).toBe(3);
  });
});

describe('edge lists that are refused, with the line to look at', () => {
  it.each([
    ['an empty file', '', 'line 1: the file is empty'],
    [
      'a missing target column',
      'source,to\na,b\n',
      "line 1: missing column 'target' in the header (found: 'source', 'to')",
    ],
    ['an empty source id', 'source,target\na,b\n  ,c\n', 'line 3: empty source id'],
    [
      'a non-numeric weight',
      'source,target,weight\na,b,strong\n',
      "line 2: weight 'strong' is not a number",
    ],
    [
      'a negative weight',
      'source,target,weight\na,b,1\nb,c,-2\n',
      'line 3: weight -2 must be greater than 0',
    ],
    ['a zero weight', 'source,target,weight\na,b,0\n', 'line 2: weight 0 must be greater than 0'],
    ['an empty weight', 'source,target,weight\na,b,\n', 'line 2: empty weight'],
    ['a self-loop', 'source,target\na,b\nc,c\n', "line 3: self-loop 'c'–'c' is not allowed"],
    [
      'a tie listed twice',
      'source,target\na,b\nc,d\nb,a\n',
      "line 4: duplicate tie 'b'–'a' (first on line 2); list each tie once",
    ],
    [
      'a short row',
      'source,target,weight\na,b\n',
      "line 2: expected 3 fields, found 2 (is the delimiter ','?)",
    ],
    [
      'an unclosed quote',
      'source,target\na,"b\n',
      'line 2: a quoted field is never closed (missing ")',
    ],
  ])('refuses %s', (_case, text, message) => {
    expect(problemOf(text)).toContain(message);
  });
});
