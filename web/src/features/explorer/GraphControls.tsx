import { useI18n } from '../../i18n/I18nProvider';
import {
  type ColourBy,
  colourByOptions,
  type LayoutName,
  layoutNames,
  type SizeBy,
  sizeByOptions,
} from '../../models/graphElements';
import { defaultFilters, type GraphFilters } from '../../models/graphView';
import { type NetworkNode, type StakeholderKind, stakeholderKinds } from '../../models/stakeholder';
import type { ExplorerState } from '../../stores/explorerStore';

/** How the graph is drawn (layout, colour, size) and what it shows (filters). */
export function GraphControls(props: {
  state: ExplorerState;
  areas: readonly NetworkNode[];
  themes: readonly NetworkNode[];
  onLayout(layout: LayoutName): void;
  onColourBy(colourBy: ColourBy): void;
  onSizeBy(sizeBy: SizeBy): void;
  onFilters(filters: Partial<GraphFilters>): void;
}) {
  const { t } = useI18n();
  const { filters } = props.state;
  const toggleKind = (kind: StakeholderKind, on: boolean) => {
    const current = filters.kinds.length === 0 ? [...stakeholderKinds] : [...filters.kinds];
    const next = on ? [...new Set([...current, kind])] : current.filter((k) => k !== kind);
    props.onFilters({ kinds: next.length === stakeholderKinds.length ? [] : next });
  };
  return (
    <div className="graph-controls">
      <div className="graph-controls__row">
        <label>
          {t('graph.layout')}
          <select
            value={props.state.layout}
            onChange={(e) => {
              const layout = layoutNames.find((name) => name === e.target.value);
              if (layout) props.onLayout(layout);
            }}
          >
            {layoutNames.map((name) => (
              <option key={name} value={name}>
                {t(`layout.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('graph.colourBy')}
          <select
            value={props.state.colourBy}
            onChange={(e) => {
              const by = colourByOptions.find((option) => option === e.target.value);
              if (by) props.onColourBy(by);
            }}
          >
            {colourByOptions.map((option) => (
              <option key={option} value={option}>
                {t(`colourBy.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('graph.sizeBy')}
          <select
            value={props.state.sizeBy}
            onChange={(e) => {
              const by = sizeByOptions.find((option) => option === e.target.value);
              if (by) props.onSizeBy(by);
            }}
          >
            {sizeByOptions.map((option) => (
              <option key={option} value={option}>
                {t(`sizeBy.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <details className="graph-filters">
        <summary>{t('filters.title')}</summary>
        <fieldset className="graph-filters__kinds">
          <legend>{t('filters.kinds')}</legend>
          {stakeholderKinds.map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="checkbox"
                checked={filters.kinds.length === 0 || filters.kinds.includes(kind)}
                onChange={(e) => toggleKind(kind, e.target.checked)}
              />
              {t(`kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <div className="graph-controls__row">
          <label>
            {t('filters.area')}
            <select
              value={filters.areaId ?? ''}
              onChange={(e) => props.onFilters({ areaId: e.target.value || null })}
            >
              <option value="">{t('filters.any')}</option>
              {props.areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filters.theme')}
            <select
              value={filters.themeId ?? ''}
              onChange={(e) => props.onFilters({ themeId: e.target.value || null })}
            >
              <option value="">{t('filters.any')}</option>
              {props.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filters.minStrength')}
            <select
              value={filters.minStrength}
              onChange={(e) => props.onFilters({ minStrength: Number(e.target.value) })}
            >
              {[1, 2, 3, 4, 5].map((strength) => (
                <option key={strength} value={strength}>
                  {strength === 1 ? t('filters.any') : `≥ ${strength}`}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filters.freshness')}
            <select
              value={filters.freshness}
              onChange={(e) =>
                props.onFilters({ freshness: e.target.value === 'recent' ? 'recent' : 'all' })
              }
            >
              <option value="all">{t('freshness.all')}</option>
              <option value="recent">{t('freshness.recent')}</option>
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.showEnded}
              onChange={(e) => props.onFilters({ showEnded: e.target.checked })}
            />
            {t('filters.showEnded')}
          </label>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => props.onFilters(defaultFilters)}
          >
            {t('filters.reset')}
          </button>
        </div>
      </details>
    </div>
  );
}
