import { useI18n } from '../../i18n/I18nProvider';
import type { Dashboard } from '../../models/dashboard';

const width = 420;
const rowHeight = 30;
const labelWidth = 100;

/** Initiatives per status as horizontal bars, in the order an initiative moves. */
export function InitiativeFunnel({ funnel }: { funnel: Dashboard['funnel'] }) {
  const { t, formatNumber } = useI18n();
  const max = Math.max(1, ...funnel.map((step) => step.count));
  const height = funnel.length * rowHeight + 8;
  const barSpace = width - labelWidth - 50;
  return (
    <svg
      className="dashboard-figure"
      data-testid="initiative-funnel"
      role="img"
      aria-labelledby="funnel-title"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, sans-serif"
    >
      <title id="funnel-title">{t('dashboard.funnel.title')}</title>
      {funnel.map((step, i) => {
        const y = i * rowHeight + 4;
        const bar = (step.count / max) * barSpace;
        return (
          <g key={step.status} data-testid={`funnel-${step.status}`} data-count={step.count}>
            <text
              x={labelWidth - 8}
              y={y + rowHeight / 2 + 2}
              fontSize="13"
              textAnchor="end"
              fill="#1b2327"
            >
              {t(`initiativeStatus.${step.status}`)}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={Math.max(bar, 2)}
              height={rowHeight - 10}
              rx="3"
              fill="#0b5f74"
            />
            <text
              x={labelWidth + Math.max(bar, 2) + 6}
              y={y + rowHeight / 2 + 2}
              fontSize="13"
              fill="#1b2327"
            >
              {formatNumber(step.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
