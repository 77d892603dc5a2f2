import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { mapShapes } from '../../models/areaMap';
import { coverageColor, type DashboardArea, textColorOn } from '../../models/dashboard';

const width = 560;
const height = 340;

/** The municipality's areas drawn from their GeoJSON outlines, coloured by the share reached. */
export function CoverageMap({ areas }: { areas: readonly DashboardArea[] }) {
  const { t, formatNumber } = useI18n();
  const shapes = useMemo(() => mapShapes(areas, { width, height, margin: 12 }), [areas]);
  const byId = new Map(areas.map((area) => [area.id, area]));
  if (shapes.length === 0) {
    return <p className="muted">{t('dashboard.map.noOutlines')}</p>;
  }
  return (
    <svg
      className="dashboard-figure"
      data-testid="coverage-map"
      role="img"
      aria-labelledby="map-title"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, sans-serif"
    >
      <title id="map-title">{t('dashboard.map.title')}</title>
      {shapes.map((shape) => {
        const area = byId.get(shape.id);
        if (!area) return null;
        const fill = coverageColor(area.suppressed ? null : area.share);
        const share = area.suppressed || area.share === null ? null : Math.round(area.share * 100);
        return (
          <g key={shape.id} data-testid="map-area">
            <title>
              {share === null
                ? t('dashboard.map.suppressedArea', { area: area.name })
                : t('dashboard.map.area', { area: area.name, share: `${formatNumber(share)}%` })}
            </title>
            <path d={shape.path} fill={fill} stroke="#ffffff" strokeWidth="2" />
          </g>
        );
      })}
      {shapes.map((shape) => {
        const area = byId.get(shape.id);
        if (!area) return null;
        const fill = coverageColor(area.suppressed ? null : area.share);
        const share =
          area.suppressed || area.share === null
            ? '–'
            : `${formatNumber(Math.round(area.share * 100))}%`;
        const [x, y] = shape.labelAt;
        return (
          <text
            key={`label-${shape.id}`}
            x={x}
            y={y}
            textAnchor="middle"
            fontSize="12"
            fill={textColorOn(fill)}
          >
            <tspan x={x} dy="-0.2em" fontWeight="600">
              {area.name}
            </tspan>
            <tspan x={x} dy="1.2em">
              {share}
            </tspan>
          </text>
        );
      })}
    </svg>
  );
}
