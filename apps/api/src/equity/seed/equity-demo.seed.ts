import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../audit/index.js';
import { notificationsServiceOn } from '../../notifications/index.js';
import { IssuanceEntity, ShareClassEntity, StakeholderEntity } from '../cap-tables/entities/cap-table.entities.js';
import { CreditLinesService } from '../credit-lines/services/credit-lines.service.js';
import type { TermSheetTermsInput } from '../dto/equity.inputs.js';
import { TermSheetsService } from '../services/term-sheets.service.js';

const DAY_MS = 86_400_000;

/** The equity services the API runs, wired by hand for the seed (no Nest app there). */
export function equityServicesOn(dataSource: DataSource) {
  const audit = new AuditService(dataSource);
  const creditLines = new CreditLinesService(dataSource, audit);
  return { creditLines, termSheets: new TermSheetsService(dataSource, audit, creditLines, notificationsServiceOn(dataSource)) };
}

async function actorOf(dataSource: DataSource, email: string): Promise<Actor> {
  const [user]: { id: string; role: Actor['role']; organisation_id: string | null }[] = await dataSource.query('SELECT id, role, organisation_id FROM users WHERE email = $1', [email]);
  return { kind: 'user', id: user!.id, role: user!.role, organisationId: user!.organisation_id, scopes: [] };
}

async function projectOf(dataSource: DataSource, name: string): Promise<{ id: string; organisationId: string }> {
  const [row]: { id: string; organisation_id: string }[] = await dataSource.query('SELECT id, organisation_id FROM projects WHERE name = $1', [name]);
  return { id: row!.id, organisationId: row!.organisation_id };
}

/** A startup's holdings before the centre came in: founders and an angel, adding up to its pre-money shares. */
async function seedFoundersCapTable(dataSource: DataSource, organisationId: string, holders: { name: string; kind: 'FOUNDER' | 'INVESTOR'; shares: bigint }[], formedAt: Date, recordedById: string) {
  await dataSource.transaction(async (manager) => {
    const common = await manager.save(manager.create(ShareClassEntity, { organisationId, name: '普通股', classType: 'COMMON', seniority: 1, sharesAuthorised: null }));
    for (const holder of holders) {
      const stakeholder = await manager.save(
        manager.create(StakeholderEntity, { organisationId, name: holder.name, kind: holder.kind, entityType: holder.kind === 'FOUNDER' ? 'INDIVIDUAL' : 'INSTITUTION' }),
      );
      // Founders' shares at a nominal 0.1 fen each; the angel paid 50 fen a share.
      await manager.insert(IssuanceEntity, {
        organisationId, stakeholderId: stakeholder.id, shareClassId: common.id, shares: holder.shares,
        priceNumerator: holder.kind === 'FOUNDER' ? 1n : 50n, priceDenominator: holder.kind === 'FOUNDER' ? 10n : 1n,
        issuedAt: formedAt, considerationText: holder.kind === 'FOUNDER' ? '创始团队知识产权与现金出资' : null, source: 'MANUAL', creditLineId: null, trancheNo: null, recordedById,
      });
    }
  });
}

const terms = (input: Omit<TermSheetTermsInput, 'tranches' | 'buyBack'> & Partial<Pick<TermSheetTermsInput, 'tranches' | 'buyBack'>>): TermSheetTermsInput =>
  ({
    buyBack: { months: 36, premiumBasisPoints: 800 },
    tranches: [
      { percentBasisPoints: 1000, release: { kind: 'ON_SIGNING' } },
      { percentBasisPoints: 3000, release: { kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 8000 } },
      { percentBasisPoints: 3000, release: { kind: 'MILESTONE_ACCEPTED', milestoneKey: 'first-paying-customer' } },
      { percentBasisPoints: 3000, release: { kind: 'STAGE_REACHED', stage: 'GRADUATED' } },
    ],
    ...input,
  }) as TermSheetTermsInput;

/**
 * Compute for equity in the demo, before the older months are billed (so their invoices draw on
 * the lines): two signed term sheets of very different sizes, hence different drawdowns — 华西智慧医疗
 * draws its small first tranche in full (its shares appear on the cap table) and 天府医影 barely
 * starts on a large one — and one negotiation in progress for 锦江新能科技's solar forecasting
 * (the manager proposed, the founder countered; the manager's turn).
 */
export async function seedDemoEquity(dataSource: DataSource, signedAt: Date): Promise<CreditLinesService> {
  const services = equityServicesOn(dataSource);
  const manager = await actorOf(dataSource, 'manager@suanli.dev');
  const expires = new Date(signedAt.getTime() + 540 * DAY_MS);
  const formedAt = new Date(signedAt.getTime() - 400 * DAY_MS);

  const deals = [
    { project: '病理切片分析', founder: 'founder@huaxi-health.example', holders: [['华西智慧医疗创始团队', 'FOUNDER', 7_200_000n], ['蓉漂天使基金', 'INVESTOR', 800_000n]] as const,
      terms: terms({ creditFen: 2_000_000n, preMoneyValuationFen: 40_000_000n, preMoneyFullyDilutedShares: '8000000', shareClass: 'A轮优先股', creditExpiresAt: expires }) },
    { project: '肺结节 CT 辅助诊断', founder: 'founder@tianfu-med.example', holders: [['天府医影创始团队', 'FOUNDER', 9_000_000n], ['锦城种子基金', 'INVESTOR', 1_000_000n]] as const,
      terms: terms({ creditFen: 50_000_000n, preMoneyValuationFen: 950_000_000n, preMoneyFullyDilutedShares: '10000000', shareClass: 'A轮优先股', creditExpiresAt: expires }) },
  ];
  for (const deal of deals) {
    const project = await projectOf(dataSource, deal.project);
    await seedFoundersCapTable(dataSource, project.organisationId, deal.holders.map(([name, kind, shares]) => ({ name, kind, shares })), formedAt, manager.id);
    const { termSheetId } = await services.termSheets.propose(manager, { projectId: project.id, terms: deal.terms }, signedAt);
    const founder = await actorOf(dataSource, deal.founder);
    await services.termSheets.accept(founder, { termSheetId, versionNo: 1 }, '203.0.113.10', new Date(signedAt.getTime() + 3_600_000));
    await services.termSheets.accept(manager, { termSheetId, versionNo: 1 }, '10.20.0.5', new Date(signedAt.getTime() + 7_200_000));
  }

  const solar = await projectOf(dataSource, '光伏功率预测');
  await seedFoundersCapTable(dataSource, solar.organisationId, [{ name: '锦江新能创始团队', kind: 'FOUNDER', shares: 5_000_000n }], formedAt, manager.id);
  const proposal = terms({ creditFen: 80_000_000n, preMoneyValuationFen: 720_000_000n, preMoneyFullyDilutedShares: '5000000', shareClass: 'A轮优先股', creditExpiresAt: expires });
  const now = new Date();
  const { termSheetId } = await services.termSheets.propose(manager, { projectId: solar.id, terms: { ...proposal, creditExpiresAt: new Date(now.getTime() + 540 * DAY_MS) } }, new Date(now.getTime() - 3 * DAY_MS));
  const founder = await actorOf(dataSource, 'founder@jinjiang-energy.example');
  await services.termSheets.counterOffer(
    founder,
    { termSheetId, baseVersionNo: 1, terms: { ...proposal, creditExpiresAt: new Date(now.getTime() + 540 * DAY_MS), preMoneyValuationFen: 880_000_000n, buyBack: { months: 48, premiumBasisPoints: 600 } } },
    new Date(now.getTime() - DAY_MS),
  );
  return services.creditLines;
}
