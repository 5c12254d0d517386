import { centreWorkload } from '../workload.js';

describe('the centre-like workload family', () => {
  const spec = { seed: 2, nodes: 150, load: 1.1, days: 14 };
  const trace = centreWorkload(spec);
  const cardHours = new Map<string, number>();
  for (const j of trace) cardHours.set(j.org, (cardHours.get(j.org) ?? 0) + (j.cards * j.durationS) / 3600);
  const total = [...cardHours.values()].reduce((s, x) => s + x, 0);
  const ofKind = (kind: string) => [...cardHours].filter(([org]) => org.startsWith(`${kind}-`)).reduce((s, [, h]) => s + h, 0);

  it('is the same for the same seed and differs by seed', () => {
    expect(centreWorkload(spec)).toEqual(trace);
    expect(centreWorkload({ ...spec, seed: 3 })).not.toEqual(trace);
  });

  it('has 195 organisations of six kinds, every one submitting, a few large ones holding most card-hours', () => {
    expect(cardHours.size).toBe(195);
    expect(new Set([...cardHours.keys()].map((o) => o.split('-')[0]))).toEqual(new Set(['large', 'mid', 'institute', 'public', 'sme', 'startup']));
    expect(ofKind('large') / total).toBeGreaterThan(0.6);
    expect((ofKind('sme') + ofKind('startup')) / total).toBeLessThan(0.1);
  });

  it('saturates the window: offered load 1.1 over two weeks, submits inside it', () => {
    expect(total / (150 * 8 * 14 * 24)).toBeGreaterThanOrEqual(1.1);
    expect(total / (150 * 8 * 14 * 24)).toBeLessThan(1.3);
    expect(Math.max(...trace.map((j) => j.submitS))).toBeLessThan(14 * 86_400 + 7);
  });

  it('mixes 1-8-card jobs, 16-128-card gangs and adaptation reruns (STANDARD unless asked for the class)', () => {
    const sizes = new Set(trace.map((j) => j.cards));
    for (const c of [1, 2, 4, 8, 16, 32, 64, 128]) expect(sizes.has(c)).toBe(true);
    const adaptation = trace.filter((j) => j.id.startsWith('a'));
    expect(adaptation.length).toBeGreaterThan(100);
    expect(adaptation.every((j) => j.cards <= 4 && j.priority === 'STANDARD')).toBe(true);
    expect(centreWorkload({ ...spec, adaptationClass: true }).filter((j) => j.priority === 'ADAPTATION').length).toBe(adaptation.length);
  });
});
