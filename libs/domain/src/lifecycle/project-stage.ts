/** The stages of an incubated project's life, in pipeline order. */
export const PROJECT_STAGES = [
  'APPLIED',
  'SCREENING',
  'ADAPTATION',
  'INCUBATING',
  'GRADUATED',
  'EXITED',
  'REJECTED',
] as const;

export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const TERMINAL_STAGES: readonly ProjectStage[] = ['GRADUATED', 'EXITED', 'REJECTED'];

/** Stages whose projects may hold or request compute. */
export const COMPUTE_STAGES: readonly ProjectStage[] = ['ADAPTATION', 'INCUBATING'];

export function isProjectStage(value: string): value is ProjectStage {
  return (PROJECT_STAGES as readonly string[]).includes(value);
}
