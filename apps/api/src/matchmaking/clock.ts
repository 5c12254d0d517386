/** Where matchmaking reads the time: injected, so tests drive reminders and capacity periods without waiting. */
export interface Clock {
  now(): Date;
}

export const MATCHMAKING_CLOCK = Symbol('MatchmakingClock');

export const systemClock: Clock = { now: () => new Date() };
