import { checkTransition, nextStages } from '../transitions.js';
import { PROJECT_STAGES, TERMINAL_STAGES } from '../project-stage.js';

describe('project lifecycle transitions', () => {
  it('lets a manager move an applied project to screening', () => {
    expect(checkTransition('APPLIED', 'SCREENING', 'MANAGER')).toEqual({ ok: true });
  });

  it('refuses a founder who tries to advance their own project', () => {
    expect(checkTransition('APPLIED', 'SCREENING', 'FOUNDER')).toEqual({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED_FOR_ROLE',
    });
  });

  it('lets a founder withdraw at any non-terminal stage', () => {
    for (const stage of PROJECT_STAGES.filter((s) => !TERMINAL_STAGES.includes(s))) {
      expect(checkTransition(stage, 'EXITED', 'FOUNDER')).toEqual({ ok: true });
    }
  });

  it('allows rejection only from screening and adaptation', () => {
    const from = PROJECT_STAGES.filter((s) => nextStages(s).includes('REJECTED'));
    expect(from.sort()).toEqual(['ADAPTATION', 'SCREENING']);
  });

  it('has no way out of a terminal stage and no skipping ahead', () => {
    for (const stage of TERMINAL_STAGES) expect(nextStages(stage)).toEqual([]);
    expect(checkTransition('APPLIED', 'INCUBATING', 'ADMIN')).toEqual({ ok: false, code: 'INVALID_TRANSITION' });
  });
});
