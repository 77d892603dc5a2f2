import { useI18n } from '../../i18n/I18nProvider';
import { coverageSteps } from '../../models/dashboard';

/** The colour key shared by the heatmap and the map, plus the markers. */
export function CoverageLegend({ minimumCellPeople }: { minimumCellPeople: number }) {
  const { t } = useI18n();
  const bounds = coverageSteps.map((step, i) => {
    const to = coverageSteps[i + 1]?.from ?? 1;
    return `${Math.round(step.from * 100)}–${Math.round(to * 100)}%`;
  });
  return (
    <ul
      className="coverage-legend"
      aria-label={t('dashboard.legend.label')}
      data-testid="coverage-legend"
    >
      {coverageSteps.map((step, i) => (
        <li key={step.from}>
          <span className="coverage-legend__swatch" style={{ background: step.color }} />
          {bounds[i]}
        </li>
      ))}
      <li>
        <span className="coverage-legend__swatch coverage-legend__swatch--suppressed" />
        {t('dashboard.legend.suppressed', { min: minimumCellPeople })}
      </li>
      <li>
        <span className="coverage-legend__swatch coverage-legend__swatch--blind" />
        {t('dashboard.legend.blindSpot')}
      </li>
      <li>
        <span className="coverage-legend__dot" />
        {t('dashboard.legend.spofOfficial')}
      </li>
      <li>
        <span className="coverage-legend__dot coverage-legend__dot--open" />
        {t('dashboard.legend.spofResident')}
      </li>
    </ul>
  );
}
