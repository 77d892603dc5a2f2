import { useId, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorMessageKey } from '../../i18n/translate';
import type { OfficialPost } from '../../models/dashboard';
import type { DashboardStore } from '../../stores/dashboardStore';

/** "Gebiedsmakelaar Lievelde (2)": a post by function and areas, never by the person's name. */
export function usePostLabel() {
  const { t } = useI18n();
  return (post: OfficialPost) =>
    [
      t(`officialRole.${post.officialRole}`),
      post.areaNames.length > 0 ? post.areaNames.join(', ') : t('dashboard.handover.noArea'),
      post.ordinal === null ? '' : `(${post.ordinal})`,
    ]
      .filter(Boolean)
      .join(' ');
}

/** Pick a post and see which organizations and areas would lose their only link. */
export function HandoverPanel({
  store,
  posts,
}: {
  store: DashboardStore;
  posts: readonly OfficialPost[];
}) {
  const { t, formatNumber } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const selectId = useId();
  const postLabel = usePostLabel();
  const handover = state.handover;
  return (
    <div className="handover" data-testid="handover">
      <div className="form-field">
        <label htmlFor={selectId}>{t('dashboard.handover.pick')}</label>
        <select
          id={selectId}
          value={state.postId ?? ''}
          onChange={(event) => void store.pickPost(event.target.value || null)}
        >
          <option value="">{t('dashboard.handover.choose')}</option>
          {posts.map((post) => (
            <option key={post.id} value={post.id}>
              {postLabel(post)}
            </option>
          ))}
        </select>
      </div>
      {handover.phase === 'loading' && <p className="muted">{t('dashboard.loading')}</p>}
      {handover.phase === 'failed' && (
        <p className="form-error" role="alert">
          {t(errorMessageKey(handover.error.code))}
        </p>
      )}
      {handover.phase === 'loaded' && (
        <div className="handover__result" data-testid="handover-result">
          <p>
            {handover.value.peopleSuppressed
              ? t('dashboard.handover.peopleSuppressed')
              : t('dashboard.handover.people', {
                  count: formatNumber(handover.value.peopleLosingOnlyLink ?? 0),
                })}
          </p>
          <h4>{t('dashboard.handover.organizations')}</h4>
          {handover.value.organizations.length === 0 ? (
            <p className="muted">{t('dashboard.handover.noOrganizations')}</p>
          ) : (
            <ul data-testid="handover-organizations">
              {handover.value.organizations.map((organization) => (
                <li key={organization.id}>
                  {organization.name}
                  <span className="muted">
                    {' '}
                    · {t(`visualKind.${organization.kind}`)}
                    {organization.areaName ? ` · ${organization.areaName}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h4>{t('dashboard.handover.areas')}</h4>
          {handover.value.areas.length === 0 ? (
            <p className="muted">{t('dashboard.handover.noAreas')}</p>
          ) : (
            <ul data-testid="handover-areas">
              {handover.value.areas.map((row) => (
                <li key={row.area.id}>
                  {row.area.name}
                  <span className="muted">
                    {' '}
                    ·{' '}
                    {[
                      row.onlyAssignedOfficial ? t('dashboard.handover.onlyAssigned') : '',
                      row.losesAllReach ? t('dashboard.handover.losesAllReach') : '',
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
