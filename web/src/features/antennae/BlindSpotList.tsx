import { useI18n } from '../../i18n/I18nProvider';
import type { BlindSpot } from '../../models/antennae';
import type { Loadable } from '../../stores/loadable';

/**
 * The blind spots of the chosen area and theme: each area × theme where the antennae reach under
 * a quarter of the stakeholders, or nobody at all. The API gives counts, not names.
 */
export function BlindSpotList(props: { blindSpots: Loadable<BlindSpot[]> }) {
  const { t, formatNumber } = useI18n();
  const { blindSpots } = props;
  const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;
  return (
    <section className="analysis-side" aria-labelledby="blind-spot-title" data-testid="blind-spots">
      <h2 id="blind-spot-title">{t('antennae.blindSpots.title')}</h2>
      <p className="muted">{t('antennae.blindSpots.intro')}</p>
      {blindSpots.phase === 'loading' && (
        <p className="muted" role="status">
          {t('antennae.blindSpots.loading')}
        </p>
      )}
      {blindSpots.phase === 'failed' && (
        <p className="form-error" role="alert">
          {t(`error.${blindSpots.error.code}`)}
        </p>
      )}
      {blindSpots.phase === 'loaded' && blindSpots.value.length === 0 && (
        <p className="muted" data-testid="blind-spots-none">
          {t('antennae.blindSpots.none')}
        </p>
      )}
      {blindSpots.phase === 'loaded' && blindSpots.value.length > 0 && (
        <ul className="analysis-list">
          {blindSpots.value.map((spot) => (
            <li
              key={`${spot.area.id}/${spot.theme.id}`}
              className="analysis-list__item"
              data-testid="blind-spot"
            >
              <strong>
                {t('antennae.blindSpots.cell', { area: spot.area.name, theme: spot.theme.name })}
              </strong>
              <p className="muted">
                {spot.noAntenna
                  ? t('antennae.blindSpots.noAntenna', {
                      stakeholders: formatNumber(spot.stakeholders),
                    })
                  : t('antennae.blindSpots.reached', {
                      reached: formatNumber(spot.reached),
                      stakeholders: formatNumber(spot.stakeholders),
                      share: percent(spot.share),
                    })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
