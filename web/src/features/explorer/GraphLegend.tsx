import { useI18n } from '../../i18n/I18nProvider';
import {
  type ColourBy,
  communityColours,
  groupColours,
  kindStyle,
  noGroupColour,
} from '../../models/graphElements';
import type { GraphView } from '../../models/graphView';
import { visualKindOf } from '../../models/stakeholder';

/** Explains the shapes, colours and line styles of what is in view. */
export function GraphLegend({ view, colourBy }: { view: GraphView; colourBy: ColourBy }) {
  const { t, formatNumber } = useI18n();
  const kinds = [...new Set(view.nodes.map(visualKindOf))];
  const communities = colourBy === 'community' ? [...communityColours(view)] : [];
  const groups =
    colourBy === 'kind' || colourBy === 'community'
      ? []
      : [...groupColours(view, colourBy === 'area' ? 'AREA' : 'THEME')];
  const nameOf = (id: string) => view.nodes.find((node) => node.id === id)?.label ?? id;
  return (
    <section className="graph-legend" aria-labelledby="legend-title">
      <h3 id="legend-title">{t('legend.title')}</h3>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <span
              className={`legend-shape legend-shape--${kindStyle[kind].shape}`}
              style={{ backgroundColor: colourBy === 'kind' ? kindStyle[kind].colour : '#6b7780' }}
              aria-hidden="true"
            />
            {t(`visualKind.${kind}`)}
          </li>
        ))}
      </ul>
      {groups.length > 0 && (
        <ul>
          {groups.map(([id, colour]) => (
            <li key={id}>
              <span
                className="legend-swatch"
                style={{ backgroundColor: colour }}
                aria-hidden="true"
              />
              {nameOf(id)}
            </li>
          ))}
          <li>
            <span
              className="legend-swatch"
              style={{ backgroundColor: noGroupColour }}
              aria-hidden="true"
            />
            {t('legend.noGroup')}
          </li>
        </ul>
      )}
      {colourBy === 'community' && (
        <ul data-testid="legend-communities">
          {communities.map(([community, colour], index) => (
            <li key={community}>
              <span
                className="legend-swatch"
                style={{ backgroundColor: colour }}
                aria-hidden="true"
              />
              {t('legend.community', { number: formatNumber(index + 1) })}
            </li>
          ))}
          {communities.length === 0 && <li>{t('legend.noScores')}</li>}
        </ul>
      )}
      <ul>
        <li>
          <span className="legend-line legend-line--strong" aria-hidden="true" />
          {t('legend.strength')}
        </li>
        <li>
          <span className="legend-line legend-line--stale" aria-hidden="true" />
          {t('legend.stale')}
        </li>
        <li>
          <span className="legend-line legend-line--ended" aria-hidden="true" />
          {t('legend.ended')}
        </li>
        <li>{t('legend.center')}</li>
      </ul>
    </section>
  );
}
