import { ValidationError } from '../domain/errors.js';

export const minimumPasswordLength = 12;
/** Argon2 accepts more, but a bound keeps one request from costing a lot of hashing input. */
export const maximumPasswordLength = 256;

/** Throws a VALIDATION error on `password` when the password is not acceptable for this username. */
export function assertPasswordAcceptable(username: string, password: string): void {
  if ([...password].length < minimumPasswordLength) {
    throw new ValidationError(
      'password',
      `A password needs at least ${minimumPasswordLength} characters.`,
    );
  }
  if (password.length > maximumPasswordLength) {
    throw new ValidationError(
      'password',
      `A password has at most ${maximumPasswordLength} characters.`,
    );
  }
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) {
    throw new ValidationError('password', 'A password must not be the username.');
  }
}
