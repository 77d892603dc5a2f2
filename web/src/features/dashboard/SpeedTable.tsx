import { useI18n } from '../../i18n/I18nProvider';
import type { Dashboard } from '../../models/dashboard';

/** Speed of action: median days from receiving an initiative to the first response, per area. */
export function SpeedTable({ speed }: { speed: Dashboard['speed'] }) {
  const { t, formatNumber } = useI18n();
  return (
    <table className="data-table speed-table" data-testid="speed-table">
      <caption className="visually-hidden">{t('dashboard.speed.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.speed.area')}</th>
          <th scope="col" className="numeric">
            {t('dashboard.speed.median')}
          </th>
          <th scope="col" className="numeric">
            {t('dashboard.speed.answered')}
          </th>
          <th scope="col" className="numeric">
            {t('dashboard.speed.awaiting')}
          </th>
        </tr>
      </thead>
      <tbody>
        {speed.map((row) => (
          <tr key={row.area?.id ?? 'all'} className={row.area ? undefined : 'speed-table__total'}>
            <th scope="row">{row.area ? row.area.name : t('dashboard.speed.all')}</th>
            <td className="numeric">
              {row.medianDays === null
                ? '–'
                : t('dashboard.speed.days', { days: formatNumber(row.medianDays) })}
            </td>
            <td className="numeric">{formatNumber(row.answered)}</td>
            <td className="numeric">{formatNumber(row.awaitingResponse)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
