import type { Viewer } from '../app/context.js';
import { type AuditContext, audit } from '../audit/auditService.js';
import { requireRole } from '../auth/authorization.js';
import {
  type ExportEdge,
  type ExportNode,
  readExportEdges,
  readExportNodes,
} from '../repositories/exportRepository.js';

export const exportFormats = ['gexf', 'graphml', 'csv', 'json', 'people'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface NetworkExport {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** One file, or two (`nodes.csv`, `edges.csv`) for CSV. */
export interface ExportFile {
  name: string;
  contentType: string;
  content: string;
}

/**
 * Reads the network the viewer may export — all of it, or, for a user with areas, those areas'
 * subtrees (see readExportNodes) — without people who objected and their links, and audits it.
 */
export async function readNetworkExport(
  ctx: AuditContext,
  format: ExportFormat,
  /** The areas to export (null: everything); left out: the viewer's areas, or everything. */
  scope?: readonly string[] | null,
): Promise<NetworkExport> {
  const areaIds =
    scope !== undefined
      ? scope
      : ctx.viewer.kind === 'user' && ctx.viewer.areaIds.length > 0
        ? ctx.viewer.areaIds
        : null;
  const data = await ctx.db.read('export.read', async (tx) => {
    const nodes = await readExportNodes(tx, areaIds);
    const edges = await readExportEdges(
      tx,
      nodes.map((n) => n.id),
    );
    return { nodes, edges };
  });
  await audit(ctx, 'export', {
    subjectType: 'Network',
    details: {
      format,
      nodes: data.nodes.length,
      edges: data.edges.length,
      scope: areaIds ? [...areaIds] : 'all',
    },
  });
  return data;
}

/**
 * Who may export what over HTTP: a privacy officer the whole register; an official or area broker
 * their own areas' subtrees (none when the account has no areas). Anyone else: UNAUTHENTICATED
 * or FORBIDDEN.
 */
export function exportScopeOf(viewer: Viewer): readonly string[] | null {
  const user = requireRole(viewer, 'OFFICIAL', 'AREA_BROKER', 'PRIVACY_OFFICER');
  return user.roles.includes('PRIVACY_OFFICER') ? null : user.areaIds;
}

const labelOf = (node: ExportNode) =>
  String(node.properties.name ?? node.properties.title ?? node.id);
const weightOf = (edge: ExportEdge) =>
  typeof edge.properties.strength === 'number' ? edge.properties.strength : 1;
const xml = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    // Characters XML 1.0 cannot carry at all (code points below 0x20 except tab, LF, CR).
    .split('')
    .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
    .join('');

/** GEXF 1.3 (Gephi): static, directed; node attributes kind/area/theme, edge type and weight. */
export function toGexf(data: NetworkExport): string {
  const nodes = data.nodes
    .map(
      (n) => `      <node id="${xml(n.id)}" label="${xml(labelOf(n))}">
        <attvalues>
          <attvalue for="kind" value="${xml(n.kind)}"/>
          <attvalue for="area" value="${xml(n.area ?? '')}"/>
          <attvalue for="theme" value="${xml(n.themes.join('|'))}"/>
        </attvalues>
      </node>`,
    )
    .join('\n');
  const edges = data.edges
    .map(
      (e, i) =>
        `      <edge id="${xml(e.id ?? `e${i}`)}" source="${xml(e.from)}" target="${xml(e.to)}" label="${e.type}" weight="${weightOf(e)}">
        <attvalues><attvalue for="type" value="${e.type}"/></attvalues>
      </edge>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta><creator>Antenne</creator><description>Stakeholder network export</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="area" title="area" type="string"/>
      <attribute id="theme" title="theme" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="type" title="type" type="string"/>
    </attributes>
    <nodes>
${nodes}
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>
`;
}

/** GraphML with declared keys (label, kind, area, theme; type, weight). */
export function toGraphml(data: NetworkExport): string {
  const nodes = data.nodes
    .map(
      (n) =>
        `    <node id="${xml(n.id)}"><data key="label">${xml(labelOf(n))}</data><data key="kind">${n.kind}</data><data key="area">${xml(n.area ?? '')}</data><data key="theme">${xml(n.themes.join('|'))}</data></node>`,
    )
    .join('\n');
  const edges = data.edges
    .map(
      (e, i) =>
        `    <edge id="${xml(e.id ?? `e${i}`)}" source="${xml(e.from)}" target="${xml(e.to)}"><data key="type">${e.type}</data><data key="weight">${weightOf(e)}</data></edge>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="area" for="node" attr.name="area" attr.type="string"/>
  <key id="theme" for="node" attr.name="theme" attr.type="string"/>
  <key id="type" for="edge" attr.name="type" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="antenne" edgedefault="directed">
${nodes}
${edges}
  </graph>
</graphml>
`;
}

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** nodes.csv (id, label, kind, area, theme) and edges.csv (source, target, type, weight, id). */
export function toCsv(data: NetworkExport): { nodes: string; edges: string } {
  const nodes = [
    'id,label,kind,area,theme',
    ...data.nodes.map((n) =>
      [n.id, labelOf(n), n.kind, n.area ?? '', n.themes.join('|')].map(csvCell).join(','),
    ),
  ];
  const edges = [
    'source,target,type,weight,id',
    ...data.edges.map((e) =>
      [e.from, e.to, e.type, weightOf(e), e.id ?? ''].map(csvCell).join(','),
    ),
  ];
  return { nodes: `${nodes.join('\r\n')}\r\n`, edges: `${edges.join('\r\n')}\r\n` };
}

/** The people-import columns (their Dutch headers, as `importRows.ts` recognises them). */
const peopleColumns = [
  ['naam', 'name'],
  ['e-mail', 'email'],
  ['telefoon', 'phone'],
  ['postcode', 'postcode'],
  ['notities', 'notes'],
  ['organisatie', null],
  ['rol', null],
  ['kern', null],
  ['thema', null],
  ['grondslag', 'legalBasis'],
  ['wettelijke grondslag', 'legalReference'],
  ['doel', 'purpose'],
  ['bewaren tot', 'retainUntil'],
  ['toestemmingsdatum', 'consentDate'],
  ['versie toestemmingstekst', 'consentTextVersion'],
] as const;

/**
 * The people as a spreadsheet the import reads back (`people.csv`, UTF-8 with BOM for Excel):
 * one line per person and organisation they are a member of (MEMBER_OF, with the role), their
 * home area (LIVES_IN) and themes (ACTIVE_IN, joined by `|`), and their privacy fields. Importing
 * it into a register without these people recreates them with those links.
 */
export function toPeopleCsv(data: NetworkExport): string {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string) => String(byId.get(id)?.properties.name ?? '');
  const lines = [peopleColumns.map(([header]) => header).join(',')];
  for (const person of data.nodes.filter((n) => n.kind === 'Person')) {
    const out = data.edges.filter((e) => e.from === person.id && byId.has(e.to));
    const memberships = out.filter((e) => e.type === 'MEMBER_OF');
    const area = out.find((e) => e.type === 'LIVES_IN');
    const themes = out.filter((e) => e.type === 'ACTIVE_IN').map((e) => nameOf(e.to));
    const rows = memberships.length > 0 ? memberships : [null];
    for (const membership of rows) {
      const cells = peopleColumns.map(([header, property]) => {
        if (property) return person.properties[property] ?? '';
        if (header === 'organisatie') return membership ? nameOf(membership.to) : '';
        if (header === 'rol') return membership?.properties.role ?? '';
        if (header === 'kern') return area ? nameOf(area.to) : '';
        return themes.sort().join('|');
      });
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Every property of every node and edge, for a lossless round trip. */
export const toJson = (data: NetworkExport) =>
  `${JSON.stringify({ format: 'antenne-network', version: 1, ...data }, null, 2)}\n`;

export function exportFiles(data: NetworkExport, format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'gexf':
      return [{ name: 'antenne.gexf', contentType: 'application/gexf+xml', content: toGexf(data) }];
    case 'graphml':
      return [
        {
          name: 'antenne.graphml',
          contentType: 'application/graphml+xml',
          content: toGraphml(data),
        },
      ];
    case 'csv': {
      const { nodes, edges } = toCsv(data);
      return [
        { name: 'nodes.csv', contentType: 'text/csv', content: nodes },
        { name: 'edges.csv', contentType: 'text/csv', content: edges },
      ];
    }
    case 'json':
      return [{ name: 'antenne.json', contentType: 'application/json', content: toJson(data) }];
    case 'people':
      return [{ name: 'people.csv', contentType: 'text/csv', content: toPeopleCsv(data) }];
  }
}
