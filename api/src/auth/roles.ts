/**
 * The roles an account can hold. What each may see and do is written down in docs/privacy.md;
 * phase 2 enforces it per type and field and in the Cypher WHERE.
 */
export const roles = ['OFFICIAL', 'AREA_BROKER', 'MANAGEMENT', 'PRIVACY_OFFICER', 'ADMIN'] as const;

export type Role = (typeof roles)[number];

export const isRole = (value: string): value is Role =>
  (roles as readonly string[]).includes(value);

/** Keeps the known roles, once each, in the canonical order (unknown names are dropped). */
export function normalizeRoles(values: readonly string[]): Role[] {
  const wanted = new Set(values);
  return roles.filter((role) => wanted.has(role));
}
