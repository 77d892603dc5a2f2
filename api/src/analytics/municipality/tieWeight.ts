/** What the register knows about one tie, as far as its weight in the analysis is concerned. */
export interface TieFacts {
  /** Recorded strength, 1 (acquaintance) to 5 (close). */
  strength: number;
  /** Date of the last contact; the tie's start date when there has been none since. */
  lastContact: Date;
  /** The tie was marked as ended. */
  ended?: boolean;
  /** The retention date of the tie's data; past it the tie no longer counts. */
  retainUntil?: Date | null;
}

export interface TieWeightOptions {
  /** After this many months without contact a tie counts half; default 12. */
  halfLifeMonths?: number;
  now: Date;
}

const millisecondsPerMonth = (365.25 / 12) * 24 * 60 * 60 * 1000;

/**
 * Tie weight = strength · ½^(months since last contact / half-life): a tie fades when nobody keeps
 * it up, and an ended or expired tie counts zero. A last contact in the future counts as today.
 */
export function tieWeight(tie: TieFacts, options: TieWeightOptions): number {
  if (tie.ended) return 0;
  if (tie.retainUntil && tie.retainUntil.getTime() < options.now.getTime()) return 0;
  const halfLife = options.halfLifeMonths ?? 12;
  if (!(halfLife > 0)) throw new RangeError('halfLifeMonths must be greater than 0');
  const months = Math.max(
    0,
    (options.now.getTime() - tie.lastContact.getTime()) / millisecondsPerMonth,
  );
  return tie.strength * 0.5 ** (months / halfLife);
}
