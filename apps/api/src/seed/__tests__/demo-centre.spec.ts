import { DEMO_ORGANISATIONS, DEMO_PROJECTS, DEMO_STAFF, demoFounders } from '../demo-centre.data.js';

/** Role titles as they were once baked into names; the interface now shows the role beside a name. */
const ROLE_WORDS = ['管理员', '孵化经理', '政策顾问', '创始人', 'Manager', 'Founder', 'Admin', 'Consultant'];

describe('the demo centre’s data', () => {
  it('names people by name only, without their role', () => {
    const names = [...DEMO_STAFF, ...demoFounders()].map((user) => user.displayName);
    expect(names.filter((name) => ROLE_WORDS.some((word) => name.includes(word)))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has every organisation join on its own day, before its first application', () => {
    const joined = DEMO_ORGANISATIONS.map((org) => org.joinedDaysAgo);
    expect(new Set(joined).size).toBe(joined.length);
    for (const project of DEMO_PROJECTS) {
      const org = DEMO_ORGANISATIONS.find((o) => o.key === project.org)!;
      expect({ project: project.name, joinedBeforeApplying: org.joinedDaysAgo > project.path[0].daysAgo }).toEqual({
        project: project.name,
        joinedBeforeApplying: true,
      });
    }
  });

  it('leaves the application entry without words: its code says it', () => {
    expect(DEMO_PROJECTS.every((project) => project.path[0].stage === 'APPLIED' && project.path[0].reason === '')).toBe(true);
  });
});
