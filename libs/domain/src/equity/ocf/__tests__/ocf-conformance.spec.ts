import fc from 'fast-check';
import { toOcf } from '../index.js';
import type { CapTableSnapshot, OcfFileName, OcfPackage } from '../index.js';
import { closedGrant, foundersOnly, GENERATED_AT, snapshotArb, withCentreGrant } from './ocf-fixtures.js';
import { FILE_SCHEMAS, fileFailure, HAS_OCF_SCHEMAS, OCF_SCHEMA_DIR, ocfValidators } from './ocf-schemas.js';
import type { OcfValidators } from './ocf-schemas.js';

const describeWithSchemas = HAS_OCF_SCHEMAS ? describe : describe.skip;
if (!HAS_OCF_SCHEMAS) console.warn(`ocf-conformance: not run — no OCF v1.2.0 schemas at ${OCF_SCHEMA_DIR} (set OCF_SCHEMA_DIR)`);

/** Every file of the package against its files/*.schema.json; the failures, readable. */
function schemaFailures(pkg: OcfPackage, validators: OcfValidators): string[] {
  return (Object.keys(FILE_SCHEMAS) as OcfFileName[]).flatMap((name) => fileFailure(name, pkg[name], validators) ?? []);
}

const SNAPSHOTS: [string, () => CapTableSnapshot][] = [
  ['a startup with founders only', foundersOnly],
  ['an investor, a preferred class, a centre grant (4 tranches, 2 released, 1 fully drawn) and a buy-back', withCentreGrant],
  ['a closed grant with forfeited shares, bought back after the close', closedGrant],
];

describeWithSchemas('the OCF export conforms to the official OCF v1.2.0 schemas', () => {
  let validator: OcfValidators;
  beforeAll(() => {
    validator = ocfValidators();
  });

  it.each(SNAPSHOTS)('every file of %s', (_, snapshot) => {
    const pkg = toOcf(snapshot(), { generatedAt: GENERATED_AT });
    expect(Object.keys(pkg).sort()).toEqual(Object.keys(FILE_SCHEMAS).sort());
    const failures = schemaFailures(pkg, validator);
    if (failures.length > 0) throw new Error(failures.join('\n'));
  });

  it('every file of random snapshots', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const failures = schemaFailures(toOcf(snapshot, { generatedAt: GENERATED_AT }), validator);
        if (failures.length > 0) throw new Error(failures.join('\n'));
      }),
      { numRuns: 50 },
    );
  });

  // The schemas must be able to fail here, or the tests above prove nothing.
  it.each<[string, (pkg: OcfPackage) => void, RegExp]>([
    ['a price with more than ten decimals', (pkg) => (pkg['StockClasses.ocf.json'].items[1]!.price_per_share!.amount = '2.57142857142'), /StockClasses\.ocf\.json does not conform[\s\S]*price_per_share\/amount must match pattern/],
    ['a stakeholder without a type', (pkg) => delete (pkg['Stakeholders.ocf.json'].items[0] as Partial<OcfPackage['Stakeholders.ocf.json']['items'][0]>).stakeholder_type, /stakeholder_type/],
    ['a vesting condition with an unknown trigger', (pkg) => ((pkg['VestingTerms.ocf.json'].items[0]!.vesting_conditions[0]!.trigger as { type: string }).type = 'WHEN_DRAWN'), /VestingTerms\.ocf\.json does not conform/],
    ['an issuance without its legend ids', (pkg) => delete (pkg['Transactions.ocf.json'].items[0] as { stock_legend_ids?: unknown }).stock_legend_ids, /Transactions\.ocf\.json does not conform[\s\S]*stock_legend_ids/],
    ['a manifest with a wrong MD5 form', (pkg) => (pkg['Manifest.ocf.json'].transactions_files[0]!.md5 = 'not-an-md5'), /Manifest\.ocf\.json does not conform[\s\S]*md5 must match pattern/],
  ])('rejects %s', (_, breakIt, message) => {
    const pkg: OcfPackage = JSON.parse(JSON.stringify(toOcf(withCentreGrant(), { generatedAt: GENERATED_AT })));
    breakIt(pkg);
    expect(schemaFailures(pkg, validator).join('\n')).toMatch(message);
  });
});
