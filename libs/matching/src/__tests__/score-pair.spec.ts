import { DEFAULT_WEIGHTS, conflictBetween, infeasibility, infeasibilityText, scorePair, tagLabel, type PastIntroduction } from '../index.js';
import { need, resource, tags } from './factories.js';

const startup = need({
  id: 'n1',
  organisationId: 'rongcheng',
  competitorOrganisationIds: ['rival'],
  tags: tags({ industries: ['remote-sensing'], technologies: ['ascend', 'pytorch'], regions: ['chengdu'] }),
  stage: 'ADAPTATION',
  urgency: 'HIGH',
});

describe('conflictBetween', () => {
  it('names each kind of conflict of interest, the most direct first', () => {
    expect(conflictBetween(startup, resource({ id: 'r', ownerOrganisationId: 'rongcheng' }))).toBe('SELF');
    expect(conflictBetween(startup, resource({ id: 'r', ownerOrganisationId: 'rival' }))).toBe('COMPETITOR');
    expect(conflictBetween(startup, resource({ id: 'r', kind: 'INVESTOR', investedInOrganisationIds: ['x', 'rival'] }))).toBe('INVESTED_IN_COMPETITOR');
    expect(conflictBetween(startup, resource({ id: 'r', declaredConflictOrganisationIds: ['rongcheng'] }))).toBe('DECLARED');
    expect(conflictBetween(startup, resource({ id: 'r', ownerOrganisationId: 'rongcheng', declaredConflictOrganisationIds: ['rongcheng'] }))).toBe('SELF');
    expect(conflictBetween(startup, resource({ id: 'r', ownerOrganisationId: 'friend', investedInOrganisationIds: ['other'] }))).toBeNull();
  });

  it('a person of the centre (no owner organisation) is never a SELF or COMPETITOR conflict', () => {
    const orphan = need({ id: 'n', organisationId: 'a', competitorOrganisationIds: [] });
    expect(conflictBetween(orphan, resource({ id: 'r', ownerOrganisationId: null }))).toBeNull();
  });
});

describe('infeasibility', () => {
  it('refuses another kind, an unavailable resource, a full one and a conflict', () => {
    expect(infeasibility(startup, resource({ id: 'r', kind: 'INVESTOR' }))).toBe('KIND_MISMATCH');
    expect(infeasibility(startup, resource({ id: 'r', available: false }))).toBe('UNAVAILABLE');
    expect(infeasibility(startup, resource({ id: 'r', capacity: 2, used: 2 }))).toBe('NO_CAPACITY_LEFT');
    expect(infeasibility(startup, resource({ id: 'r', capacity: 0, used: 0 }))).toBe('NO_CAPACITY_LEFT');
    expect(infeasibility(startup, resource({ id: 'r', ownerOrganisationId: 'rival' }))).toBe('COMPETITOR');
    expect(infeasibility(startup, resource({ id: 'r' }))).toBeNull();
  });

  it('says why in both languages', () => {
    expect(infeasibilityText('INVESTED_IN_COMPETITOR')).toEqual({ 'zh-CN': '该投资方已投资其竞争对手', en: 'the investor has invested in a competitor of the startup' });
    expect(infeasibilityText('NO_CAPACITY_LEFT').en).toBe('no places left this period');
  });
});

describe('scorePair', () => {
  const mentor = resource({
    id: 'm1',
    tags: tags({ industries: ['REMOTE_SENSING', 'healthcare'], technologies: ['ascend'], stages: ['ADAPTATION', 'INCUBATING'], regions: ['Chengdu'] }),
    capacity: 3,
    used: 2,
  });

  it('adds integer points per criterion and explains each in English and Chinese', () => {
    const pair = scorePair(startup, mentor)!;
    expect(pair.reasons.map((r) => [r.code, r.points])).toEqual([
      ['INDUSTRY_OVERLAP', 30],
      ['TECHNOLOGY_OVERLAP', 10], // 1 of the 2 technologies asked for
      ['STAGE_FIT', 15],
      ['REGION', 10],
      ['URGENCY', 10], // HIGH: 2/3 of 15
      ['PAST_OUTCOMES', 10], // no history: the prior 0.5 of 20
      ['CAPACITY_LEFT', 3], // 1 of 3 places: round(10/3)
      ['NO_CONFLICT', 0],
    ]);
    expect(pair.score).toBe(88);
    expect(pair.explanation.en).toBe(
      'shares the remote-sensing industry; works with Ascend too; suits projects in the adaptation stage; is in the same region (Chengdu); ' +
        'the need is urgent; no similar introductions yet; has 1 of 3 places left this quarter; no conflict of interest',
    );
    expect(pair.explanation['zh-CN']).toBe(
      '同属遥感行业；技术对口：昇腾；适合适配阶段的项目；同在成都；需求紧急；尚无类似引荐记录；本季度 3 个名额还剩 1 个；无利益冲突',
    );
  });

  it('is null for a pair that cannot be matched', () => {
    expect(scorePair(startup, { ...mentor, ownerOrganisationId: 'rival' })).toBeNull();
    expect(scorePair(startup, { ...mentor, used: 3 })).toBeNull();
    expect(scorePair(startup, { ...mentor, available: false })).toBeNull();
  });

  it('lists several shared tags readably and falls back to the slug for unknown ones', () => {
    const n = need({ id: 'n', tags: tags({ industries: ['remote-sensing', 'healthcare', 'space-weather'] }) });
    const r = resource({ id: 'r', tags: tags({ industries: ['space-weather', 'healthcare', 'remote-sensing'] }) });
    const pair = scorePair(n, r)!;
    expect(pair.reasons[0]!.text).toEqual({
      'zh-CN': '同属遥感、医疗、space-weather行业',
      en: 'shares the remote-sensing, healthcare and space-weather industries',
    });
    expect(tagLabel('AI_SERVICES', 'zh-CN')).toBe('人工智能服务');
    expect(tagLabel('Quantum Sensing', 'en')).toBe('quantum-sensing');
  });

  it('gives half the stage points to a resource that takes any stage, none to one that lists other stages', () => {
    const any = scorePair(startup, resource({ id: 'r', tags: tags({ stages: [] }) }))!;
    expect(any.reasons.find((r) => r.code === 'STAGE_FIT')).toEqual({ code: 'STAGE_FIT', points: 8, text: { 'zh-CN': '不限项目阶段', en: 'takes projects at any stage' } });
    const other = scorePair(startup, resource({ id: 'r', tags: tags({ stages: ['INCUBATING'] }) }))!;
    expect(other.reasons.some((r) => r.code === 'STAGE_FIT')).toBe(false);
  });

  it('scores urgency from none (LOW) to the whole weight (CRITICAL)', () => {
    const points = (['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const).map(
      (urgency) => scorePair({ ...startup, urgency }, mentor)!.reasons.find((r) => r.code === 'URGENCY')?.points ?? 0,
    );
    expect(points).toEqual([0, 5, 10, 15]);
  });

  it('smooths past outcomes: one deal does not dominate, the same resource counts more than similar ones', () => {
    const deal = (resourceId: string, outcome: PastIntroduction['outcome'] = 'DEAL'): PastIntroduction => ({
      resourceId,
      resourceKind: 'MENTOR',
      needTags: tags({ industries: ['remote-sensing'] }),
      outcome,
    });
    const past = (history: PastIntroduction[]) => scorePair(startup, mentor, history)!.reasons.find((r) => r.code === 'PAST_OUTCOMES')!;
    expect(past([deal('m1')]).points).toBe(13); // (1 + 1.5) / (1 + 3) = 0.625 of 20, not 20
    expect(past([deal('other')]).points).toBe(11); // half weight: (0.5 + 1.5) / (0.5 + 3)
    expect(past([deal('m1', 'NO_DEAL')]).points).toBe(8);
    expect(past([deal('m1'), deal('m1'), deal('m1', 'DECLINED')]).text).toEqual({
      'zh-CN': '类似引荐 3 次中 2 次促成合作',
      en: '2 of 3 similar introductions led to a deal, pilot or investment',
    });
    // Another kind, or the same kind without overlapping tags, is not similar.
    const unrelated: PastIntroduction[] = [
      { ...deal('x'), resourceKind: 'INVESTOR' },
      { ...deal('y'), needTags: tags({ industries: ['education'] }) },
    ];
    expect(past(unrelated)).toEqual({ code: 'PAST_OUTCOMES', points: 10, text: { 'zh-CN': '尚无类似引荐记录', en: 'no similar introductions yet' } });
  });

  it('gives every feasible pair at least one point, so it is always worth assigning', () => {
    const plain = scorePair(need({ id: 'n', urgency: 'LOW' }), resource({ id: 'r', capacity: 30, used: 29, tags: tags({ stages: ['GRADUATED'] }) }), [], {
      ...DEFAULT_WEIGHTS,
      pastOutcomes: 0,
    })!;
    expect(plain.score).toBe(1);
    expect(plain.explanation.en).toBe('no similar introductions yet; has 1 of 30 places left this quarter; no conflict of interest');
  });

  it('says "place" for a capacity of one and uses the resource period', () => {
    const engineer = resource({ id: 'e', kind: 'ADAPTATION_ENGINEER', capacity: 1, periodLabel: { 'zh-CN': '同时', en: 'at once' } });
    const pair = scorePair(need({ id: 'n', kind: 'ADAPTATION_ENGINEER' }), engineer)!;
    expect(pair.reasons.find((r) => r.code === 'CAPACITY_LEFT')!.text).toEqual({ 'zh-CN': '同时 1 个名额还剩 1 个', en: 'has 1 of 1 place left at once' });
  });
});
