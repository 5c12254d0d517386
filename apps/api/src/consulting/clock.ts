/** Where the consulting code reads the time: injected, so tests drive the SLA clock without waiting. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('ConsultingClock');

export const systemClock: Clock = { now: () => new Date() };
