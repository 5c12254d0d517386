import type { GraphQLClient } from '../test/graphql-client.js';
import { useApi } from '../test/use-api.js';
import { AuditEvents } from '../test/operations/account.operations.js';
import { BillingSettingsOp, UpdateBillingSettings } from '../test/operations/billing.operations.js';

/**
 * The payer order is a setting: managers put equity credit before vouchers (or back), founders may
 * read it but not change it, and an order that is not FREE … CASH with both others once changes nothing.
 */
describe('billing settings over the GraphQL API', () => {
  const server = useApi();
  let manager: GraphQLClient;
  let founder: GraphQLClient;
  const settings = async () => (await manager.request(BillingSettingsOp, {})).data!.billingSettings;

  beforeAll(async () => {
    manager = await server().anonymous.signIn('manager@suanli.dev');
    founder = await server().anonymous.signIn('founder@rongcheng-vision.example');
  });

  it('lets a manager put equity credit before vouchers, audited, and refuses a bad order or a founder', async () => {
    const before = await settings();
    expect(before.payerOrder).toEqual(['FREE', 'VOUCHER', 'EQUITY', 'CASH']);

    for (const payerOrder of [['FREE', 'CASH', 'VOUCHER', 'EQUITY'], ['FREE', 'VOUCHER', 'VOUCHER', 'CASH'], ['FREE', 'VOUCHER', 'CASH']]) {
      const refused = (await manager.request(UpdateBillingSettings, { input: { payerOrder } })).data!.updateBillingSettings;
      expect(refused).toEqual({ settings: null, userErrors: [{ code: 'VALIDATION_FAILED', field: ['payerOrder'] }] });
    }
    expect(await settings()).toEqual(before);

    const byFounder = await founder.request(UpdateBillingSettings, { input: { payerOrder: ['FREE', 'EQUITY', 'VOUCHER', 'CASH'] } });
    expect(byFounder.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await founder.request(BillingSettingsOp, {})).data!.billingSettings.payerOrder).toEqual(before.payerOrder);

    const changed = (await manager.request(UpdateBillingSettings, { input: { payerOrder: ['FREE', 'EQUITY', 'VOUCHER', 'CASH'], paymentTermsDays: 21 } })).data!.updateBillingSettings;
    expect(changed).toEqual({ settings: { paymentTermsDays: 21, payerOrder: ['FREE', 'EQUITY', 'VOUCHER', 'CASH'] }, userErrors: [] });
    expect(await settings()).toEqual({ paymentTermsDays: 21, payerOrder: ['FREE', 'EQUITY', 'VOUCHER', 'CASH'] });
    const admin = await server().anonymous.signIn('admin@suanli.dev');
    const audit = (await admin.request(AuditEvents, { first: 5, action: 'BILLING_SETTINGS_CHANGED' })).data!.auditEvents.edges.map((e) => JSON.parse(e.node.detailsJson) as unknown);
    expect(audit).toEqual([
      { before: before, after: { paymentTermsDays: 21, payerOrder: ['FREE', 'EQUITY', 'VOUCHER', 'CASH'] } },
    ]);
  });
});
