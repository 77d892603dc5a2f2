import type { RequestContext } from '../app/context.js';
import { auditActions } from '../audit/auditActions.js';
import { audit } from '../audit/auditService.js';

const isPerson = (value: unknown): value is { id: string } =>
  value !== null && typeof value === 'object' && (value as { label?: unknown }).label === 'Person';

/**
 * Audits every person whose details `node`/`nodes` resolved (docs/privacy.md §7): one
 * `person.viewed` entry each, with the person's id and nothing else about them.
 */
export async function auditPersonViews(
  ctx: RequestContext,
  values: readonly unknown[],
): Promise<void> {
  for (const value of values) {
    if (isPerson(value)) {
      await audit(ctx, auditActions.personViewed, { subjectType: 'Person', subjectId: value.id });
    }
  }
}
