/**
 * Event payloads by topic. Common owns only RESPONSES_STALE; each feature adds its own topics by
 * declaration merging (`declare module '../common/events/event-types.js' { interface SuanliEvents { … } }`
 * in its events file), so publishing a wrong payload for a topic does not compile.
 */
export interface SuanliEvents {
  /** A write was answered by some API process: every process empties its response cache. */
  RESPONSES_STALE: { at: string };
}

export const RESPONSES_STALE = 'RESPONSES_STALE';

export type EventTopic = keyof SuanliEvents;

export type SuanliEvent = { [T in EventTopic]: { topic: T; payload: SuanliEvents[T] } }[EventTopic];

/** What a feature says about a topic it owns. */
export interface EventDeclaration {
  /** Delivering it empties the response cache (the pages cached may show what it changed). */
  emptiesResponseCache: boolean;
}
