import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorMessageKey } from '../../i18n/translate';
import type { Dashboard } from '../../models/dashboard';
import { dashboardRoles, holdsRole } from '../../models/session';
import type { DashboardStore } from '../../stores/dashboardStore';
import type { SessionStore } from '../../stores/sessionStore';
import { CoverageHeatmap } from './CoverageHeatmap';
import { CoverageLegend } from './CoverageLegend';
import { CoverageMap } from './CoverageMap';
import { dashboardPng, download } from './exportPng';
import { HandoverPanel } from './HandoverPanel';
import { InitiativeFunnel } from './InitiativeFunnel';
import { SpeedTable } from './SpeedTable';
import { TrendChart } from './TrendChart';
import '../../styles/dashboard.css';

/** The management dashboard (/dashboard): MANAGEMENT and ADMIN only, aggregates only. */
export function DashboardPage({
  store,
  session,
  onSignIn,
}: {
  store: DashboardStore;
  session: SessionStore;
  onSignIn(): void;
}) {
  const { t } = useI18n();
  const who = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const allowed = holdsRole(who.account, ...dashboardRoles);
  useEffect(() => {
    if (allowed && store.getSnapshot().dashboard.phase === 'idle') void store.load();
  }, [allowed, store]);

  if (!who.checked) return <p className="muted">{t('dashboard.loading')}</p>;
  if (who.phase !== 'signedIn') {
    return (
      <section className="dashboard-gate">
        <h1>{t('dashboard.title')}</h1>
        <p>{t('dashboard.signInFirst')}</p>
        <button type="button" className="button button--primary" onClick={onSignIn}>
          {t('signIn.link')}
        </button>
      </section>
    );
  }
  if (!allowed) {
    return (
      <section className="dashboard-gate">
        <h1>{t('dashboard.title')}</h1>
        <p role="alert">{t('dashboard.forbidden')}</p>
      </section>
    );
  }
  const { dashboard } = state;
  if (dashboard.phase === 'failed') {
    return (
      <section className="dashboard-gate">
        <h1>{t('dashboard.title')}</h1>
        <p role="alert" className="form-error">
          {t(errorMessageKey(dashboard.error.code))}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void store.load()}
        >
          {t('status.retry')}
        </button>
      </section>
    );
  }
  if (dashboard.phase !== 'loaded') return <p className="muted">{t('dashboard.loading')}</p>;
  return <DashboardView dashboard={dashboard.value} store={store} />;
}

function DashboardView({ dashboard, store }: { dashboard: Dashboard; store: DashboardStore }) {
  const { t, formatNumber, formatDate } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);
  const percent = (value: number) => `${formatNumber(Math.round(value * 100))}%`;
  const dates = dashboard.trend.map((point) => point.at);
  const today = new Date().toISOString().slice(0, 10);

  const exportPng = async () => {
    if (!container.current) return;
    setExporting(true);
    try {
      const footer = [
        t('dashboard.export.privacy', { min: dashboard.minimumCellPeople }),
        ...dashboard.speed.map((row) =>
          t('dashboard.export.speedLine', {
            area: row.area ? row.area.name : t('dashboard.speed.all'),
            days: row.medianDays === null ? '–' : formatNumber(row.medianDays),
            answered: row.answered,
            awaiting: row.awaitingResponse,
          }),
        ),
      ];
      const blob = await dashboardPng(
        container.current,
        `${t('dashboard.title')} ${dashboard.root.name} — ${formatDate(today)}`,
        footer,
      );
      download(
        blob,
        `dashboard-${dashboard.root.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${today}.png`,
      );
    } finally {
      setExporting(false);
    }
  };

  const summary: { key: string; label: string; value: number }[] = [
    { key: 'blindSpots', label: t('dashboard.summary.blindSpots'), value: dashboard.blindSpots },
    {
      key: 'oneOfficial',
      label: t('dashboard.summary.oneOfficial'),
      value: dashboard.cellsOnOneOfficial,
    },
    {
      key: 'oneResident',
      label: t('dashboard.summary.oneResident'),
      value: dashboard.cellsOnOneResident,
    },
    {
      key: 'suppressed',
      label: t('dashboard.summary.suppressed'),
      value: dashboard.suppressedCells,
    },
  ];

  return (
    <div className="dashboard" ref={container} data-testid="dashboard">
      <header className="dashboard__header">
        <div>
          <h1>
            {t('dashboard.title')} <span className="dashboard__root">{dashboard.root.name}</span>
          </h1>
          <p className="muted">{t('dashboard.intro', { min: dashboard.minimumCellPeople })}</p>
        </div>
        <div className="dashboard__actions no-print">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void exportPng()}
            disabled={exporting}
          >
            {t('dashboard.export.png')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('dashboard.export.pdf')}
          </button>
        </div>
      </header>

      <ul className="dashboard__summary" aria-label={t('dashboard.summary.label')}>
        {summary.map((item) => (
          <li key={item.key} data-testid={`summary-${item.key}`}>
            <span className="dashboard__number">{formatNumber(item.value)}</span>
            <span>{item.label}</span>
          </li>
        ))}
      </ul>

      <section className="dashboard__section" aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading">{t('dashboard.heatmap.title')}</h2>
        <p className="muted">{t('dashboard.heatmap.help')}</p>
        <div className="dashboard__scroll">
          <CoverageHeatmap dashboard={dashboard} />
        </div>
        <CoverageLegend minimumCellPeople={dashboard.minimumCellPeople} />
      </section>

      <div className="dashboard__columns">
        <section className="dashboard__section" aria-labelledby="map-heading">
          <h2 id="map-heading">{t('dashboard.map.title')}</h2>
          <CoverageMap areas={dashboard.areas} />
        </section>
        <section className="dashboard__section" aria-labelledby="spof-heading">
          <h2 id="spof-heading">{t('dashboard.spof.title')}</h2>
          <p className="muted">{t('dashboard.spof.help')}</p>
          <table className="data-table" data-testid="spof-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.speed.area')}</th>
                <th scope="col" className="numeric">
                  {t('dashboard.spof.reached')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.summary.blindSpots')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.summary.oneOfficial')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.summary.oneResident')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.areas.map((area) => (
                <tr key={area.id}>
                  <th scope="row">{area.name}</th>
                  <td className="numeric">
                    {area.suppressed || area.share === null ? '–' : percent(area.share)}
                  </td>
                  <td className="numeric">{formatNumber(area.blindSpots)}</td>
                  <td className="numeric">{formatNumber(area.cellsOnOneOfficial)}</td>
                  <td className="numeric">{formatNumber(area.cellsOnOneResident)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section className="dashboard__section" aria-labelledby="handover-heading">
        <h2 id="handover-heading">{t('dashboard.handover.title')}</h2>
        <p className="muted">{t('dashboard.handover.help')}</p>
        <HandoverPanel store={store} posts={dashboard.posts} />
      </section>

      <section className="dashboard__section" aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t('dashboard.trend.title')}</h2>
        <p className="muted">{t('dashboard.trend.help', { count: dashboard.trend.length })}</p>
        <div className="dashboard__charts">
          <TrendChart
            id="coverage"
            title={t('dashboard.trend.coverage')}
            values={dashboard.trend.map((p) => p.coverageShare)}
            dates={dates}
            format={percent}
            maxY={1}
          />
          <TrendChart
            id="antennae"
            title={t('dashboard.trend.antennae')}
            values={dashboard.trend.map((p) => p.antennae)}
            dates={dates}
            format={(value) => formatNumber(Math.round(value))}
          />
          <TrendChart
            id="fragmentation"
            title={t('dashboard.trend.fragmentation')}
            values={dashboard.trend.map((p) => p.fragmentation)}
            dates={dates}
            format={percent}
            maxY={1}
          />
        </div>
      </section>

      <div className="dashboard__columns">
        <section className="dashboard__section" aria-labelledby="funnel-heading">
          <h2 id="funnel-heading">{t('dashboard.funnel.title')}</h2>
          <InitiativeFunnel funnel={dashboard.funnel} />
        </section>
        <section className="dashboard__section" aria-labelledby="speed-heading">
          <h2 id="speed-heading">{t('dashboard.speed.title')}</h2>
          <SpeedTable speed={dashboard.speed} />
        </section>
      </div>
    </div>
  );
}
