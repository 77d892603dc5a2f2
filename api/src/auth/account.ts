import type { Role } from './roles.js';

/** A person who can sign in to Antenne (a municipal employee; never a resident). */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  /** The areas this account covers (official and area broker scopes, enforced in phase 2). */
  areaIds: string[];
  /** The Official person in the register this account is, when linked. */
  personId: string | null;
  disabled: boolean;
  /** `password` for a local account, `oidc` for one made by single sign-on. */
  authMethod: 'password' | 'oidc';
  createdAt: string;
  updatedAt: string;
}

/** The case-insensitive key usernames are unique by. */
export const usernameKey = (username: string): string => username.trim().toLowerCase();
