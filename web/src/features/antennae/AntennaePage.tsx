import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { AnalysisNode } from '../../models/analysisNode';
import { antennaeElements, reachingAntennae, reachSummary } from '../../models/antennae';
import type { Route } from '../../models/route';
import type { AntennaeStore } from '../../stores/antennaeStore';
import { NetworkCanvas } from '../explorer/NetworkCanvas';
import { AntennaList } from './AntennaList';
import { BlindSpotList } from './BlindSpotList';

const sideStack = { display: 'flex', flexDirection: 'column', gap: 'var(--space-4)' } as const;

/**
 * The antennae view: choose an area and/or theme; the graph shows the officials who are antennae
 * there and whom each reaches, the list says what each alone reaches, and the blind spots beside
 * them say where (area × theme) the antennae reach too few.
 */
export function AntennaePage(props: { store: AntennaeStore; navigate(route: Route): void }) {
  const { t, formatNumber } = useI18n();
  const { store } = props;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    void store.loadChoices();
  }, [store]);
  const loaded = state.antennae.phase === 'loaded' ? state.antennae.value : null;
  const antennae = useMemo(() => (loaded ? reachingAntennae(loaded) : []), [loaded]);
  const elements = useMemo(
    () => antennaeElements(antennae, state.selectedId),
    [antennae, state.selectedId],
  );
  const nodes = useMemo(() => {
    const byId = new Map<string, AnalysisNode & { official: boolean }>();
    for (const antenna of antennae) {
      byId.set(antenna.official.id, { ...antenna.official, official: true });
      for (const node of antenna.reached)
        if (!byId.has(node.id)) byId.set(node.id, { ...node, official: false });
    }
    return byId;
  }, [antennae]);
  const summary = reachSummary(antennae);
  const choices = state.choices.phase === 'loaded' ? state.choices.value : null;
  const open = (id: string) => props.navigate({ view: 'explorer', focus: id });

  return (
    <div className="analysis-view">
      <div className="analysis-view__bar">
        <h1 id="antennae-title">{t('antennae.title')}</h1>
        <p className="muted">{t('antennae.intro')}</p>
        <form className="analysis-view__choices" onSubmit={(event) => event.preventDefault()}>
          <label>
            {t('antennae.area')}
            <select
              value={state.areaId ?? ''}
              disabled={!choices}
              onChange={(event) => void store.choose(event.target.value || null, state.themeId)}
            >
              <option value="">{t('antennae.anyArea')}</option>
              {choices?.areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('antennae.theme')}
            <select
              value={state.themeId ?? ''}
              disabled={!choices}
              onChange={(event) => void store.choose(state.areaId, event.target.value || null)}
            >
              <option value="">{t('antennae.anyTheme')}</option>
              {choices?.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </select>
          </label>
        </form>
      </div>
      {state.choices.phase === 'failed' && (
        <p className="form-error" role="alert">
          {t(`error.${state.choices.error.code}`)}
        </p>
      )}
      {state.antennae.phase === 'idle' && <p className="muted">{t('antennae.choose')}</p>}
      {state.antennae.phase === 'loading' && (
        <p className="muted" role="status">
          {t('antennae.loading')}
        </p>
      )}
      {state.antennae.phase === 'failed' && (
        <p className="form-error" role="alert" data-testid="antennae-error">
          {t(`error.${state.antennae.error.code}`)}
        </p>
      )}
      {state.antennae.phase === 'loaded' && antennae.length === 0 && (
        <>
          <p className="notice" data-testid="antennae-none">
            {t('antennae.none')}
          </p>
          <BlindSpotList blindSpots={state.blindSpots} />
        </>
      )}
      {state.antennae.phase === 'loaded' && antennae.length > 0 && (
        <div className="analysis-view__layout">
          <section className="analysis-view__main" aria-labelledby="antennae-title">
            <p data-testid="antennae-summary">
              {t('antennae.summary', {
                officials: formatNumber(antennae.length),
                reached: formatNumber(summary.reached),
                unique: formatNumber(summary.unique),
              })}
            </p>
            <NetworkCanvas
              elements={elements}
              layout="fcose"
              centerId={null}
              label={t('antennae.graph')}
              isExpanded={() => false}
              isPicked={(id) => id === state.selectedId}
              describe={(id) => {
                const node = nodes.get(id);
                return {
                  name: node?.name ?? id,
                  kind: node ? t(`visualKind.${node.official ? 'OFFICIAL' : node.kind}`) : '',
                };
              }}
              onActivate={(id) => {
                if (antennae.some((antenna) => antenna.official.id === id)) store.select(id);
              }}
              onToggleExpand={open}
              onTogglePick={(id) => {
                if (antennae.some((antenna) => antenna.official.id === id)) store.select(id);
              }}
              onOpen={open}
              onAddLinkFrom={open}
            />
            <ul className="analysis-legend" aria-label={t('legend.title')}>
              <li>{t('antennae.legend.antenna')}</li>
              <li>{t('antennae.legend.reach')}</li>
              <li>{t('antennae.legend.unique')}</li>
            </ul>
          </section>
          <div style={sideStack}>
            <AntennaList
              antennae={antennae}
              selectedId={state.selectedId}
              onSelect={store.select}
              onOpen={open}
            />
            <BlindSpotList blindSpots={state.blindSpots} />
          </div>
        </div>
      )}
    </div>
  );
}
