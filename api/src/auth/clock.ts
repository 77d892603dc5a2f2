/** Where "now" comes from: the system clock in production, a controllable one in tests. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that only moves when told to, for timeout and throttling tests. */
export function manualClock(start: Date | string = '2026-03-02T09:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock: Clock = () => new Date(now);
  return {
    clock,
    advance(ms: number) {
      now += ms;
    },
    set(at: Date | string) {
      now = new Date(at).getTime();
    },
  };
}

export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
