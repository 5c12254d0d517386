import type { Role } from '../access/roles.js';
import type { ProjectStage } from './project-stage.js';

/**
 * Every allowed move of the project state machine, with the roles that may make it.
 * Founders may only withdraw (exit) their own project; the centre's staff drive the rest.
 */
const TRANSITIONS: Record<ProjectStage, Partial<Record<ProjectStage, readonly Role[]>>> = {
  APPLIED: { SCREENING: ['ADMIN', 'MANAGER'], EXITED: ['ADMIN', 'MANAGER', 'FOUNDER'] },
  SCREENING: {
    ADAPTATION: ['ADMIN', 'MANAGER'],
    REJECTED: ['ADMIN', 'MANAGER'],
    EXITED: ['ADMIN', 'MANAGER', 'FOUNDER'],
  },
  ADAPTATION: {
    INCUBATING: ['ADMIN', 'MANAGER'],
    REJECTED: ['ADMIN', 'MANAGER'],
    EXITED: ['ADMIN', 'MANAGER', 'FOUNDER'],
  },
  INCUBATING: { GRADUATED: ['ADMIN', 'MANAGER'], EXITED: ['ADMIN', 'MANAGER', 'FOUNDER'] },
  GRADUATED: {},
  EXITED: {},
  REJECTED: {},
};

export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: 'INVALID_TRANSITION' | 'TRANSITION_NOT_ALLOWED_FOR_ROLE' };

export function nextStages(from: ProjectStage): ProjectStage[] {
  return Object.keys(TRANSITIONS[from]) as ProjectStage[];
}

export function rolesForTransition(from: ProjectStage, to: ProjectStage): readonly Role[] {
  return TRANSITIONS[from][to] ?? [];
}

/** Decides whether `role` may move a project from `from` to `to`. */
export function checkTransition(from: ProjectStage, to: ProjectStage, role: Role): TransitionCheck {
  const roles = TRANSITIONS[from][to];
  if (!roles) return { ok: false, code: 'INVALID_TRANSITION' };
  if (!roles.includes(role)) return { ok: false, code: 'TRANSITION_NOT_ALLOWED_FOR_ROLE' };
  return { ok: true };
}

/** Reasons are mandatory: the audit trail must say why, not only who and when. */
export const TRANSITION_REASON_MIN = 3;
export const TRANSITION_REASON_MAX = 2000;
