import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { rawIdOf } from '../../models/privacy';
import type { PublicArea } from '../../models/publicPage';
import { type AccountRole, accountRoles } from '../../models/session';

/** Role checkboxes and an area list (kernen and wijken), shared by the new-account and edit forms. */
export function AccountRoleFields({
  roles,
  areaIds,
  areas,
  onRoles,
  onAreas,
}: {
  roles: readonly AccountRole[];
  areaIds: readonly string[];
  areas: readonly PublicArea[];
  onRoles(roles: AccountRole[]): void;
  onAreas(areaIds: string[]): void;
}) {
  const { t } = useI18n();
  const areasId = useId();
  return (
    <>
      <fieldset className="accounts-roles">
        <legend>{t('accounts.create.roles')}</legend>
        {accountRoles.map((role) => (
          <label key={role}>
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) =>
                onRoles(
                  event.target.checked
                    ? accountRoles.filter((r) => r === role || roles.includes(r))
                    : roles.filter((r) => r !== role),
                )
              }
            />{' '}
            {t(`signIn.role.${role}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-field accounts-areas">
        <label htmlFor={areasId}>{t('accounts.create.areas')}</label>
        <select
          id={areasId}
          multiple
          value={[...areaIds]}
          onChange={(event) =>
            onAreas([...event.target.selectedOptions].map((option) => option.value))
          }
        >
          {areas.map((area) => (
            <option key={area.id} value={rawIdOf(area.id)}>
              {area.kernName ? `${area.name} (${area.kernName})` : area.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
