/**
 * The actions written to the audit trail so far. Others add theirs here (e.g. `person.viewed`,
 * `person.changed`, `person.exported`, `person.erased`) so the privacy officer's search has one list.
 */
export const auditActions = {
  signIn: 'auth.sign_in',
  signInOidc: 'auth.sign_in_oidc',
  signOut: 'auth.sign_out',
  signOutEverywhere: 'auth.sign_out_everywhere',
  accountCreated: 'account.created',
  accountRolesChanged: 'account.roles_changed',
  accountDisabled: 'account.disabled',
  auditTrailViewed: 'audit.viewed',
  suggestionDecided: 'suggestion.decided',
  personViewed: 'person.viewed',
  personChanged: 'person.changed',
} as const;

export type KnownAuditAction = (typeof auditActions)[keyof typeof auditActions];
