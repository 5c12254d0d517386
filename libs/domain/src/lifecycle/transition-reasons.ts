/**
 * Why a project moved, stored as a code so each reader sees it in their own language.
 * APPLICATION_SUBMITTED: the application itself, written by the system, with no note.
 * NOTE: a person's move; their own words are the note, shown as written.
 */
export const TRANSITION_REASON_CODES = ['APPLICATION_SUBMITTED', 'NOTE'] as const;
export type TransitionReasonCode = (typeof TRANSITION_REASON_CODES)[number];
