import { useI18n } from '../../i18n/I18nProvider';
import {
  fieldOfColumn,
  type ImportField,
  type ImportReport,
  importFields,
} from '../../models/dataTransfer';

/**
 * The file's columns with a choice of field above each, and its first lines below with their
 * line number and what importing them does.
 */
export function ColumnMappingTable(props: {
  report: ImportReport;
  onChange(column: string, field: ImportField | null): void;
}) {
  const { t } = useI18n();
  const { report } = props;
  return (
    <section className="data-transfer__mapping" aria-labelledby="mapping-title">
      <h3 id="mapping-title">{t('dataTransfer.mapping.title')}</h3>
      <p className="form-field__help">{t('dataTransfer.mapping.help')}</p>
      <div className="data-transfer__table-wrap">
        <table className="data-transfer__table" data-testid="import-preview">
          <thead>
            <tr>
              <th scope="col">{t('dataTransfer.mapping.line')}</th>
              <th scope="col">{t('dataTransfer.mapping.outcome')}</th>
              {report.columns.map((column) => (
                <th key={column} scope="col">
                  <span className="data-transfer__column">{column}</span>
                  <select
                    aria-label={t('dataTransfer.mapping.columnField', { column })}
                    value={fieldOfColumn(report.mapping, column) ?? ''}
                    onChange={(event) =>
                      props.onChange(
                        column,
                        event.target.value === ''
                          ? null
                          : (importFields.find((f) => f === event.target.value) ?? null),
                      )
                    }
                  >
                    <option value="">{t('dataTransfer.mapping.ignore')}</option>
                    {importFields.map((field) => (
                      <option key={field} value={field}>
                        {t(`dataTransfer.field.${field}`)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.sample.map((row) => (
              <tr key={row.line} data-outcome={row.outcome}>
                <th scope="row">{row.line}</th>
                <td>
                  <span className={`outcome outcome--${row.outcome.toLowerCase()}`}>
                    {t(`dataTransfer.outcome.${row.outcome}`)}
                  </span>
                </td>
                {report.columns.map((column, index) => (
                  <td
                    key={column}
                    className={
                      fieldOfColumn(report.mapping, column) ? undefined : 'data-transfer__unused'
                    }
                  >
                    {row.cells[index] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.rowCount > report.sample.length && (
        <p className="muted">
          {t('dataTransfer.mapping.more', { shown: report.sample.length, rows: report.rowCount })}
        </p>
      )}
    </section>
  );
}
