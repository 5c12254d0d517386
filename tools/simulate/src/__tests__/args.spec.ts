import { ArgsError, parseArgs } from '../args.js';

describe('simulate CLI arguments', () => {
  it('parses the documented command', () => {
    expect(parseArgs(['--trace', 't.csv', '--nodes', '48', '--cards-per-node', '8', '--policy', 'suanli,fifo,easy', '--json'])).toEqual({
      trace: 't.csv',
      nodes: 48,
      cardsPerNode: 8,
      policies: ['suanli', 'fifo', 'easy'],
      json: true,
      config: {},
    });
  });

  it('takes a seed for the time-limit model', () => {
    expect(parseArgs(['--trace', 't.csv', '--nodes', '4', '--cards-per-node', '8', '--limits-seed', '3']).limitsSeed).toBe(3);
    expect(() => parseArgs(['--trace', 't.csv', '--nodes', '4', '--cards-per-node', '8', '--limits-seed', 'x'])).toThrow(/--limits-seed must be a whole number/);
  });

  it('takes suanli config overrides as JSON (sweeps)', () => {
    const args = parseArgs(['--trace', 't.csv', '--nodes', '48', '--cards-per-node', '8', '--config', '{"smallOrgLaneBoost":0,"gangReservations":1}']);
    expect(args.config).toEqual({ smallOrgLaneBoost: 0, gangReservations: 1 });
  });

  it.each([
    [['--nodes', '4', '--cards-per-node', '8'], /--trace is required/],
    [['--trace', 't', '--nodes', 'x', '--cards-per-node', '8'], /--nodes must be a whole number/],
    [['--trace', 't', '--nodes', '4', '--cards-per-node', '8', '--policy', 'sjf'], /unknown policy "sjf"/],
    [['--trace', 't', '--nodes', '4', '--cards-per-node', '8', '--speed', '1'], /unknown option --speed/],
    [['--trace'], /--trace needs a value/],
    [['--trace', 't', '--nodes', '4', '--cards-per-node', '8', '--config', '{bad'], /--config must be a JSON object/],
    [['--trace', 't', '--nodes', '4', '--cards-per-node', '8', '--config', '[1]'], /--config must be a JSON object/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(ArgsError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
