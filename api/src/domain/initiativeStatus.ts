import type { InitiativeStatus } from './vocabulary.js';

/**
 * How an initiative may move. Forward moves are free, also skipping a step (an idea that starts
 * at once); any open initiative can be stopped; a step back between the open states corrects a
 * mistake. DONE and STOPPED are closed: only reopening to ACTIVE is allowed (it was closed too
 * early), never a jump back to IDEA or INTAKE, which would rewrite the speed-of-action history.
 */
const allowed: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  IDEA: ['INTAKE', 'ACTIVE', 'DONE', 'STOPPED'],
  INTAKE: ['IDEA', 'ACTIVE', 'DONE', 'STOPPED'],
  ACTIVE: ['INTAKE', 'DONE', 'STOPPED'],
  DONE: ['ACTIVE'],
  STOPPED: ['ACTIVE'],
};

export function canMoveInitiative(from: InitiativeStatus, to: InitiativeStatus): boolean {
  return from === to || allowed[from].includes(to);
}

export function allowedNextStatuses(from: InitiativeStatus): readonly InitiativeStatus[] {
  return allowed[from];
}
