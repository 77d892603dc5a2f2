import { useI18n } from '../../i18n/I18nProvider';
import { linePoints, pathOf } from '../../models/dashboard';

const width = 260;
const height = 140;
const pad = { left: 40, right: 12, top: 12, bottom: 28 };

/** One key figure over the analysis runs, as a plain SVG line chart with its first and last date. */
export function TrendChart({
  id,
  title,
  values,
  dates,
  format,
  maxY,
}: {
  id: string;
  title: string;
  values: readonly (number | null)[];
  dates: readonly string[];
  format(value: number): string;
  maxY?: number;
}) {
  const { t, formatDate } = useI18n();
  const inner = { width: width - pad.left - pad.right, height: height - pad.top - pad.bottom };
  const points = linePoints(values, { ...inner, ...(maxY === undefined ? {} : { maxY }) });
  const top = maxY ?? Math.max(0, ...values.flatMap((value) => (value === null ? [] : [value])));
  const first = dates[0];
  const last = dates.at(-1);
  return (
    <figure className="trend-chart">
      <svg
        className="dashboard-figure"
        data-testid={`trend-${id}`}
        data-points={points.length}
        role="img"
        aria-labelledby={`trend-${id}-title`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        xmlns="http://www.w3.org/2000/svg"
        fontFamily="system-ui, sans-serif"
      >
        <title id={`trend-${id}-title`}>{title}</title>
        <g transform={`translate(${pad.left}, ${pad.top})`}>
          <line x1="0" y1={inner.height} x2={inner.width} y2={inner.height} stroke="#9aa3a8" />
          <line x1="0" y1="0" x2="0" y2={inner.height} stroke="#9aa3a8" />
          <text x="-6" y="4" fontSize="11" textAnchor="end" fill="#4b575e">
            {format(top)}
          </text>
          <text x="-6" y={inner.height} fontSize="11" textAnchor="end" fill="#4b575e">
            {format(0)}
          </text>
          {points.length > 1 && (
            <path d={pathOf(points)} fill="none" stroke="#0b5f74" strokeWidth="2" />
          )}
          {points.map((point) => (
            <circle key={`${point.x}-${point.y}`} cx={point.x} cy={point.y} r="3" fill="#0b5f74">
              <title>{format(point.value)}</title>
            </circle>
          ))}
          {points.length === 0 && (
            <text
              x={inner.width / 2}
              y={inner.height / 2}
              fontSize="12"
              textAnchor="middle"
              fill="#4b575e"
            >
              {t('dashboard.trend.none')}
            </text>
          )}
          {first && (
            <text x="0" y={inner.height + 18} fontSize="11" fill="#4b575e">
              {formatDate(first.slice(0, 10))}
            </text>
          )}
          {last && dates.length > 1 && (
            <text
              x={inner.width}
              y={inner.height + 18}
              fontSize="11"
              textAnchor="end"
              fill="#4b575e"
            >
              {formatDate(last.slice(0, 10))}
            </text>
          )}
        </g>
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
