import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { ManagedAccount } from '../../models/accounts';
import { rawIdOf } from '../../models/privacy';
import type { PublicArea } from '../../models/publicPage';
import type { AccountRole } from '../../models/session';
import type { AccountsStore } from '../../stores/accountsStore';
import { AccountRoleFields } from './AccountRoleFields';

/** One account: its roles and areas, with changing them and disabling it in place. */
export function AccountRow({
  account,
  areas,
  store,
  busy,
}: {
  account: ManagedAccount;
  areas: readonly PublicArea[];
  store: AccountsStore;
  busy: boolean;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [roles, setRoles] = useState<AccountRole[]>(account.roles);
  const [areaIds, setAreaIds] = useState<string[]>(account.areaIds);
  const areaName = (id: string) => areas.find((area) => rawIdOf(area.id) === id)?.name ?? id;

  return (
    <tr data-testid="account-row" data-username={account.username}>
      <td>{account.username}</td>
      <td>{account.displayName}</td>
      <td data-testid="account-roles">
        {account.roles.map((role) => t(`signIn.role.${role}`)).join(', ')}
      </td>
      <td>
        {account.areaIds.length ? account.areaIds.map(areaName).join(', ') : t('accounts.noAreas')}
      </td>
      <td>{account.disabled ? t('accounts.disabled') : t('accounts.active')}</td>
      <td>
        {!account.disabled && !editing && (
          <div className="privacy-actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setRoles(account.roles);
                setAreaIds(account.areaIds);
                setEditing(true);
              }}
            >
              {t('accounts.edit')}
            </button>
            {confirmDisable ? (
              <button
                type="button"
                className="button button--danger button--small"
                disabled={busy}
                onClick={() => void store.disable(account.id)}
              >
                {t('accounts.disableConfirm', { username: account.username })}
              </button>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => setConfirmDisable(true)}
              >
                {t('accounts.disable')}
              </button>
            )}
          </div>
        )}
        {editing && (
          <form
            className="accounts-edit"
            onSubmit={async (event) => {
              event.preventDefault();
              if (await store.setRoles(account.id, roles, areaIds)) setEditing(false);
            }}
          >
            <AccountRoleFields
              roles={roles}
              areaIds={areaIds}
              areas={areas}
              onRoles={setRoles}
              onAreas={setAreaIds}
            />
            <p className="privacy-actions">
              <button
                type="submit"
                className="button button--primary button--small"
                disabled={busy || roles.length === 0}
              >
                {t('accounts.save')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditing(false)}
              >
                {t('accounts.cancel')}
              </button>
            </p>
          </form>
        )}
      </td>
    </tr>
  );
}
