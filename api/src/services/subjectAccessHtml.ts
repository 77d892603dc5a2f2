import type { PlainValue } from '../repositories/privacyRightsRepository.js';
import type { SubjectAccessExport } from './privacyRightsService.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const show = (value: PlainValue): string =>
  value === null ? '—' : Array.isArray(value) ? value.map(show).join(', ') : String(value);

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '<p class="none">Niets vastgelegd / Nothing recorded.</p>';
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const properties = (record: Record<string, PlainValue>) =>
  table(
    ['Gegeven / Field', 'Waarde / Value'],
    Object.entries(record).map(([key, value]) => [key, show(value)]),
  );

/**
 * A readable, self-contained page (print it to PDF from the browser) of a subject-access export:
 * the same content as the JSON, every value escaped.
 */
export function renderSubjectAccessHtml(data: SubjectAccessExport): string {
  const name = typeof data.person.name === 'string' ? data.person.name : data.personId;
  const sections = [
    ['Persoonsgegevens / Personal data', properties(data.person)],
    ['Afgeleide scores / Derived scores', properties(data.scores)],
    [
      'Relaties / Links',
      table(
        ['Type', 'Richting / Direction', 'Met / With', 'Soort / Kind', 'Gegevens / Details'],
        data.links.map((link) => [
          link.type,
          link.direction,
          link.otherName ?? link.otherId,
          link.otherKind,
          Object.entries(link.properties)
            .map(([key, value]) => `${key}: ${show(value)}`)
            .join('; '),
        ]),
      ),
    ],
    [
      'Contactmomenten / Contact moments',
      table(
        [
          'Rol / Role',
          'Datum / Date',
          'Kanaal / Channel',
          'Notitie / Note',
          'Deelnemers / Participants',
        ],
        data.contacts.map((contact) => [
          contact.role,
          show(contact.properties.date ?? null),
          show(contact.properties.channel ?? null),
          show(contact.properties.note ?? null),
          String(contact.participantCount),
        ]),
      ),
    ],
    [
      'Suggesties / Suggestions',
      table(
        ['Rol / Role', 'Status', 'Score', 'Redenen / Reasons'],
        data.suggestions.map((suggestion) => [
          suggestion.role,
          show(suggestion.properties.status ?? null),
          show(suggestion.properties.score ?? null),
          show(suggestion.properties.reasonsNl ?? null),
        ]),
      ),
    ],
    [
      'Wie bekeek of wijzigde / Who viewed or changed',
      table(
        ['Moment', 'Account', 'Actie / Action', 'Resultaat / Result'],
        data.auditTrail.map((entry) => [
          entry.at,
          entry.actorId ?? '—',
          entry.action,
          entry.result,
        ]),
      ),
    ],
  ];
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Inzageverzoek / Subject access — ${escapeHtml(name)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.none { color: #555; font-style: italic; }
</style>
</head>
<body>
<h1>Inzageverzoek / Subject access: ${escapeHtml(name)}</h1>
<p>Alles wat Antenne over deze persoon vastlegt, op ${escapeHtml(data.generatedAt)} (id ${escapeHtml(data.personId)}).
Everything Antenne stores about this person.</p>
${sections.map(([title, body]) => `<h2>${escapeHtml(title ?? '')}</h2>\n${body}`).join('\n')}
</body>
</html>
`;
}
