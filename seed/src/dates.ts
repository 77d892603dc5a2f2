import type { Random } from './random.js';

/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so no time zone shifts a day. */
const DAY_MS = 86_400_000;

// Generating 100,000 people calls these millions of times; Date parsing dominates without a cache.
const dayOf = new Map<string, number>();
const isoOf = new Map<number, string>();

function toDay(date: string): number {
  let day = dayOf.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    dayOf.set(date, day);
  }
  return day;
}

function fromDay(day: number): string {
  let iso = isoOf.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoOf.set(day, iso);
  }
  return iso;
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** A timestamp during office hours on that day, e.g. `2025-03-04T09:41:00Z`. */
export function officeTime(date: string, random: Random): string {
  const hour = String(random.int(8, 17)).padStart(2, '0');
  const minute = String(random.int(0, 59)).padStart(2, '0');
  return `${date}T${hour}:${minute}:00Z`;
}

/** A random day in the `days` days before `today` (0 = today). */
export function daysAgo(today: string, random: Random, minDays: number, maxDays: number): string {
  return addDays(today, -random.int(minDays, maxDays));
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
