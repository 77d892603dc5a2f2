import { useI18n } from '../../i18n/I18nProvider';
import type { ShortestPaths } from '../../models/graphView';

/** The nodes picked for a path and the shortest paths between them, in words. */
export function PathPanel(props: {
  picked: readonly string[];
  paths: ShortestPaths | null;
  nameOf(id: string): string;
  onClear(): void;
}) {
  const { t } = useI18n();
  const [from, to] = props.picked;
  return (
    <section className="path-panel" aria-labelledby="path-title" data-testid="path-panel">
      <h3 id="path-title">{t('path.title')}</h3>
      <div role="status">
        {!from && <p className="muted">{t('path.hint')}</p>}
        {from && !to && <p>{t('path.selectedOne', { name: props.nameOf(from) })}</p>}
        {from && to && props.paths && props.paths.paths.length === 0 && (
          <p>{t('path.none', { from: props.nameOf(from), to: props.nameOf(to) })}</p>
        )}
        {from && to && props.paths && props.paths.paths.length > 0 && (
          <>
            <p>
              {t('path.found', {
                count: props.paths.paths.length,
                steps: (props.paths.paths[0]?.length ?? 1) - 1,
              })}
            </p>
            <ol className="path-list">
              {props.paths.paths.map((path) => (
                <li key={path.join('>')}>{path.map(props.nameOf).join(' → ')}</li>
              ))}
            </ol>
          </>
        )}
      </div>
      {from && (
        <button type="button" className="button button--secondary" onClick={props.onClear}>
          {t('path.clear')}
        </button>
      )}
    </section>
  );
}
