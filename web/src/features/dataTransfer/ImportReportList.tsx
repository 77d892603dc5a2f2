import { useI18n } from '../../i18n/I18nProvider';
import { type ImportReport, isBlockingProblem } from '../../models/dataTransfer';
import { problemText } from './dataTransferText';

/** The validation and de-duplication report, one item per finding, by line number. */
export function ImportReportList({ report }: { report: ImportReport }) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="data-transfer__report" aria-labelledby="report-title">
      <h3 id="report-title">{t('dataTransfer.report.title')}</h3>
      <p data-testid="import-counts">
        {t('dataTransfer.counts', {
          created: formatNumber(report.created),
          existing: formatNumber(report.existing),
          near: formatNumber(report.nearMatches),
          invalid: formatNumber(report.invalid),
        })}
      </p>
      {report.problems.length === 0 ? (
        <p className="muted">{t('dataTransfer.report.none')}</p>
      ) : (
        <ol className="data-transfer__problems" data-testid="import-report">
          {report.problems.map((problem, index) => (
            <li
              key={`${problem.line}-${problem.code}-${problem.field ?? index}`}
              className={isBlockingProblem(problem) ? 'problem problem--blocking' : 'problem'}
            >
              <strong>{t('dataTransfer.report.line', { line: problem.line })}</strong>{' '}
              {problemText(t, problem)}
              {isBlockingProblem(problem) && (
                <span className="muted">
                  {' '}
                  — {t('dataTransfer.problem.detail', { message: problem.message })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {report.problemCount > report.problems.length && (
        <p className="muted">
          {t('dataTransfer.report.more', { count: report.problemCount - report.problems.length })}
        </p>
      )}
    </section>
  );
}
