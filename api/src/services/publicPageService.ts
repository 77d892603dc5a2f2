import type { RequestContext } from '../app/context.js';
import { ValidationError } from '../domain/errors.js';
import {
  findPublicArea,
  findPublicAreaByPostcode,
  findPublicAreas,
  findPublicBrokers,
  findPublicInitiatives,
  findPublicOrganizations,
  type PublicArea,
  type PublicBroker,
  type PublicInitiative,
  type PublicOrganization,
} from '../repositories/publicPageRepository.js';
import { publicLimiterOf } from './publicRateLimit.js';

/**
 * "Where can I go?" for residents, without signing in: the kernen and wijken, and for one of
 * them the gebiedsmakelaar's work contact and what is public there. Every call costs a token of
 * the caller's address (RATE_LIMITED when empty).
 */

export interface PublicAreaPage {
  area: PublicArea;
  brokers: PublicBroker[];
  initiatives: PublicInitiative[];
  organizations: PublicOrganization[];
}

type PublicContext = Pick<RequestContext, 'db' | 'auth' | 'clock' | 'clientAddress'>;

const takeToken = (ctx: PublicContext) =>
  publicLimiterOf(ctx.auth, ctx.clock).take(ctx.clientAddress);

/** `7137`, `7137AB` or `7137 ab` → `7137`; anything else is a VALIDATION error on `postcode`. */
export function postcodeDigits(value: string): string {
  const match = /^\s*([1-9][0-9]{3})\s*(?:[a-zA-Z]{2})?\s*$/.exec(value);
  if (!match?.[1]) {
    throw new ValidationError('postcode', 'Type a postcode such as 7137 or 7137 AB.');
  }
  return match[1];
}

export async function listPublicAreas(ctx: PublicContext): Promise<PublicArea[]> {
  takeToken(ctx);
  return ctx.db.read('publicAreas', findPublicAreas);
}

/** The page of one area, by id or by postcode (exactly one); null when no area matches. */
export async function loadPublicAreaPage(
  ctx: PublicContext,
  input: { areaId: string | null; postcode: string | null },
): Promise<PublicAreaPage | null> {
  takeToken(ctx);
  if ((input.areaId === null) === (input.postcode === null)) {
    throw new ValidationError('areaId', 'Give an area or a postcode.');
  }
  const postcode = input.postcode === null ? null : postcodeDigits(input.postcode);
  return ctx.db.read('publicAreaPage', async (tx) => {
    const area =
      postcode === null
        ? await findPublicArea(tx, input.areaId as string)
        : await findPublicAreaByPostcode(tx, postcode);
    if (!area) return null;
    return {
      area,
      brokers: await findPublicBrokers(tx, area.id),
      initiatives: await findPublicInitiatives(tx, area.id),
      organizations: await findPublicOrganizations(tx, area.id),
    };
  });
}
