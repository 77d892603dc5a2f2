import { normalizeRoles, type Role } from '../roles.js';

/**
 * The Antenne roles a provider's groups give. With a map (OIDC_ROLE_MAP) only mapped groups count;
 * without one, a group named like a role counts (`privacy-officer`, `PRIVACY_OFFICER`, …).
 */
export function rolesFromGroups(
  groups: readonly string[],
  roleMap: Readonly<Record<string, readonly string[]>>,
): Role[] {
  const hasMap = Object.keys(roleMap).length > 0;
  const named = groups.flatMap((group) =>
    hasMap ? (roleMap[group] ?? []) : [group.trim().toUpperCase().replaceAll('-', '_')],
  );
  return normalizeRoles(named);
}
