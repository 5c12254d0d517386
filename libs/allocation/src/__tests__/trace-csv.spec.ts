import { parseTraceCsv, TraceParseError } from '../index.js';

function errorOf(text: string): TraceParseError {
  try {
    parseTraceCsv(text);
  } catch (e) {
    if (e instanceof TraceParseError) return e;
    throw e;
  }
  throw new Error('expected a TraceParseError');
}

describe('parseTraceCsv', () => {
  it('reads rows in any column order and ignores extra columns', () => {
    const jobs = parseTraceCsv('org,job_id,cards,extra,submit_s,duration_s\r\nacme,j1,8,x,10,3600\n');
    expect(jobs).toEqual([{ id: 'j1', org: 'acme', submitS: 10, durationS: 3600, cards: 8, priority: 'STANDARD', preemptible: false, line: 2 }]);
  });

  it('reports every bad row with its file line number', () => {
    const e = errorOf(['job_id,org,submit_s,duration_s,cards', 'j1,acme,0,60,1', 'j2,acme,abc,60,1', '', 'j3,acme,5,-1,1', 'j4,acme,5,60,0', 'j5,acme,5,60'].join('\n'));
    expect(e.errors).toEqual([
      { line: 3, message: 'submit_s must be a number >= 0, got "abc"' },
      { line: 5, message: 'duration_s must be a number >= 0, got "-1"' },
      { line: 6, message: 'cards must be a whole number >= 1, got "0"' },
      { line: 7, message: 'expected at least 5 columns, got 4' },
    ]);
    expect(e.message).toContain('trace has 4 bad rows');
    expect(e.message).toContain('line 3: submit_s');
  });

  it('rejects duplicate job ids and fractional card counts', () => {
    const e = errorOf('job_id,org,submit_s,duration_s,cards\nj1,a,0,1,1\nj1,a,0,1,1.5\n');
    expect(e.errors).toEqual([{ line: 3, message: 'job_id j1 appears twice' }]);
    const f = errorOf('job_id,org,submit_s,duration_s,cards\nj1,a,0,1,1.5\n');
    expect(f.errors[0]!.message).toBe('cards must be a whole number >= 1, got "1.5"');
  });

  it('names the missing header columns', () => {
    expect(errorOf('job_id,org,submit_s\n1,a,0\n').errors).toEqual([
      { line: 1, message: 'header lacks columns duration_s, cards (expected job_id,org,submit_s,duration_s,cards)' },
    ]);
  });

  it('fails on a header without jobs', () => {
    expect(errorOf('job_id,org,submit_s,duration_s,cards\n').errors[0]!.message).toBe('trace has a header but no jobs');
  });

  it('lists the first 20 bad rows and counts the rest', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `j${i},a,x,1,1`);
    const e = errorOf(['job_id,org,submit_s,duration_s,cards', ...rows].join('\n'));
    expect(e.errors).toHaveLength(20);
    expect(e.totalBadRows).toBe(25);
    expect(e.message).toContain('... and 5 more bad rows');
  });
});
