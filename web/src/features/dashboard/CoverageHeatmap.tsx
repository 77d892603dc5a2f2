import { useI18n } from '../../i18n/I18nProvider';
import { cellOf, coverageColor, type Dashboard, textColorOn } from '../../models/dashboard';

const labelWidth = 150;
const headerHeight = 120;
const cellWidth = 58;
const cellHeight = 34;

/**
 * Area × theme coverage as an SVG grid: the share reached in each cell, hatched grey when the
 * cell is suppressed, a dark frame around blind spots, and a marker where a cell hangs on one
 * official (●) or one resident (○).
 */
export function CoverageHeatmap({ dashboard }: { dashboard: Dashboard }) {
  const { t, formatNumber } = useI18n();
  const { areas, themes, cells } = dashboard;
  const width = labelWidth + themes.length * cellWidth + 8;
  const height = headerHeight + areas.length * cellHeight + 8;
  const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;
  return (
    <svg
      className="dashboard-figure"
      data-testid="coverage-heatmap"
      role="img"
      aria-labelledby="heatmap-title"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, sans-serif"
    >
      <title id="heatmap-title">{t('dashboard.heatmap.title')}</title>
      <defs>
        <pattern
          id="suppressed-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#e6e9e6" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#c2c8c2" strokeWidth="3" />
        </pattern>
      </defs>
      {themes.map((theme, column) => (
        <text
          key={theme.id}
          transform={`translate(${labelWidth + column * cellWidth + cellWidth / 2 + 4}, ${headerHeight - 8}) rotate(-50)`}
          fontSize="12"
          fill="#1b2327"
        >
          {theme.name.length > 18 ? `${theme.name.slice(0, 17)}…` : theme.name}
        </text>
      ))}
      {areas.map((area, row) => {
        const y = headerHeight + row * cellHeight;
        return (
          <g key={area.id}>
            <text
              x={labelWidth - 8}
              y={y + cellHeight / 2 + 4}
              fontSize="13"
              textAnchor="end"
              fill="#1b2327"
            >
              {area.name}
            </text>
            {themes.map((theme, column) => {
              const cell = cellOf(cells, area.id, theme.id);
              const x = labelWidth + column * cellWidth;
              if (!cell) {
                return (
                  <rect
                    key={theme.id}
                    x={x + 1}
                    y={y + 1}
                    width={cellWidth - 2}
                    height={cellHeight - 2}
                    fill="#f5f6f4"
                    stroke="#d9ddd9"
                  >
                    <title>
                      {t('dashboard.heatmap.empty', { area: area.name, theme: theme.name })}
                    </title>
                  </rect>
                );
              }
              const fill = cell.suppressed ? 'url(#suppressed-hatch)' : coverageColor(cell.share);
              const label = cell.suppressed
                ? t('dashboard.heatmap.suppressedCell', {
                    area: area.name,
                    theme: theme.name,
                    min: dashboard.minimumCellPeople,
                  })
                : t('dashboard.heatmap.cell', {
                    area: area.name,
                    theme: theme.name,
                    share: percent(cell.share ?? 0),
                    reached: cell.reached ?? 0,
                    stakeholders: cell.stakeholders ?? 0,
                    redundancy: formatNumber(Math.round((cell.redundancy ?? 0) * 10) / 10),
                  }) +
                  (cell.blindSpot ? ` ${t('dashboard.heatmap.blindSpot')}` : '') +
                  (cell.singlePointOfFailure
                    ? ` ${t(`dashboard.spof.${cell.singlePointOfFailure}`)}`
                    : '');
              return (
                <g key={theme.id} data-testid="heatmap-cell" data-suppressed={cell.suppressed}>
                  <title>{label}</title>
                  <rect
                    x={x + 1}
                    y={y + 1}
                    width={cellWidth - 2}
                    height={cellHeight - 2}
                    fill={fill}
                    stroke={cell.blindSpot ? '#1b2327' : 'none'}
                    strokeWidth={cell.blindSpot ? 2.5 : 0}
                  />
                  {!cell.suppressed && cell.share !== null && (
                    <text
                      x={x + cellWidth / 2}
                      y={y + cellHeight / 2 + 4}
                      fontSize="12"
                      textAnchor="middle"
                      fill={textColorOn(coverageColor(cell.share))}
                    >
                      {percent(cell.share)}
                    </text>
                  )}
                  {cell.singlePointOfFailure && (
                    <circle
                      cx={x + cellWidth - 8}
                      cy={y + 8}
                      r="3.5"
                      fill={cell.singlePointOfFailure === 'OFFICIAL' ? '#1b2327' : '#ffffff'}
                      stroke="#1b2327"
                      strokeWidth="1.2"
                    />
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
