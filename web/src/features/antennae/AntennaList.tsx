import { useI18n } from '../../i18n/I18nProvider';
import type { Antenna } from '../../models/antennae';

/** The antennae, largest unique reach first, each with whom only they reach. */
export function AntennaList(props: {
  antennae: readonly Antenna[];
  selectedId: string | null;
  onSelect(id: string): void;
  onOpen(id: string): void;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="analysis-side" aria-labelledby="antenna-list-title">
      <h2 id="antenna-list-title">{t('antennae.listTitle')}</h2>
      <ol className="analysis-list" data-testid="antenna-list">
        {props.antennae.map((antenna) => {
          const selected = antenna.official.id === props.selectedId;
          return (
            <li
              key={antenna.official.id}
              className={selected ? 'analysis-list__item is-selected' : 'analysis-list__item'}
              data-testid="antenna"
            >
              <div className="analysis-list__head">
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => props.onOpen(antenna.official.id)}
                >
                  {antenna.official.name}
                </button>
                <span className="badge" data-testid="antenna-unique">
                  {t('antennae.unique', { count: formatNumber(antenna.uniqueReach) })}
                </span>
              </div>
              <p className="muted">
                {t('antennae.reach', { count: formatNumber(antenna.reachCount) })}
                {antenna.areas.length > 1 &&
                  ` · ${t('antennae.bridges', { areas: antenna.areas.map((a) => a.name).join(', ') })}`}
              </p>
              <button
                type="button"
                className="button button--secondary"
                aria-pressed={selected}
                onClick={() => props.onSelect(antenna.official.id)}
              >
                {selected ? t('antennae.hideReach') : t('antennae.showReach')}
              </button>
              {selected && (
                <div className="analysis-list__detail">
                  {antenna.uniquelyReached.length > 0 ? (
                    <>
                      <p>{t('antennae.uniqueOf', { name: antenna.official.name })}</p>
                      <ul data-testid="uniquely-reached">
                        {antenna.uniquelyReached.map((node) => (
                          <li key={node.id}>
                            <button
                              type="button"
                              className="button button--link"
                              onClick={() => props.onOpen(node.id)}
                            >
                              {node.name}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>{t('antennae.noneUnique', { name: antenna.official.name })}</p>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
