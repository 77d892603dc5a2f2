import { useI18n } from '../../i18n/I18nProvider';
import {
  type ImportReport,
  type NearMatchDecision,
  nearMatchDecisions,
} from '../../models/dataTransfer';

/** One question per line that resembles a stored person: someone else, the same, or skip. */
export function NearMatchReview(props: {
  report: ImportReport;
  decisions: Readonly<Record<number, NearMatchDecision>>;
  onDecide(line: number, decision: NearMatchDecision): void;
}) {
  const { t } = useI18n();
  const near = props.report.problems.filter((p) => p.code === 'NEAR_MATCH');
  const skipped = Object.entries(props.decisions)
    .filter(([, decision]) => decision === 'SKIP')
    .map(([line]) => Number(line));
  const lines = [...new Set([...near.map((p) => p.line), ...skipped])].sort((a, b) => a - b);
  if (lines.length === 0) return null;
  const nameOfLine = (line: number) => {
    const row = props.report.sample.find((r) => r.line === line);
    const nameColumn = props.report.mapping.find((c) => c.field === 'NAME')?.column;
    const index = nameColumn ? props.report.columns.indexOf(nameColumn) : -1;
    return (row && index >= 0 ? row.cells[index] : undefined) ?? '';
  };
  return (
    <section className="data-transfer__near" aria-labelledby="near-title">
      <h3 id="near-title">{t('dataTransfer.near.title')}</h3>
      <p className="form-field__help">{t('dataTransfer.near.help')}</p>
      {lines.map((line) => {
        const match = near.find((p) => p.line === line)?.matchName ?? '';
        const chosen = props.decisions[line] ?? 'IMPORT_AS_NEW';
        return (
          <fieldset key={line} className="form-group" data-testid={`near-match-${line}`}>
            <legend>
              {t('dataTransfer.near.question', { line, name: nameOfLine(line) || '…', match })}
            </legend>
            {nearMatchDecisions.map((decision) => (
              <label key={decision} className="data-transfer__choice">
                <input
                  type="radio"
                  name={`near-${line}`}
                  value={decision}
                  checked={chosen === decision}
                  onChange={() => props.onDecide(line, decision)}
                />{' '}
                {t(`dataTransfer.decision.${decision}`)}
              </label>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}
