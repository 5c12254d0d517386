import { Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buyBackWindowEnds, deriveEquity, drawableFen, drawdown, planTranches, trancheStates, type ReleaseFacts } from '@suanli/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../../common/access/actor.js';
import { AuditService } from '../../../audit/index.js';
import { EquityCreditPayers, type EquityCreditPayer, type EquityCreditPool, type EquityCreditUse } from '../../../billing/index.js';
import { ensureCentreHolding } from '../../cap-tables/services/centre-holder.js';
import type { TermSheetEntity, TermSheetVersionEntity } from '../../entities/term-sheet.entity.js';
import { termsOfJson } from '../../services/terms-codec.js';
import { CreditDrawEntity, CreditLineEntity, CreditTrancheEntity, type StoredRelease } from '../entities/credit-line.entities.js';
import { releaseFactsOf } from './release-facts.js';
import { trancheLedgerOf } from './tranche-ledger.js';

/**
 * Credit lines: opened by signed terms, drawn by invoices (this is billing's equity-credit payer),
 * expired when their credit lapses. The maths (release, drawdown order, shares per tranche) is
 * libs/domain/src/equity/tranches.ts; the database refuses an overdraw, a draw on a locked tranche
 * or an expired line, and issues a tranche's shares exactly once (ADR 0014).
 */
@Injectable()
export class CreditLinesService implements EquityCreditPayer {
  private readonly log = new Logger('CreditLines');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Optional() payers?: EquityCreditPayers,
  ) {
    payers?.use(this);
  }

  /** Opens the line of a sheet that has just been signed, inside the signing transaction. */
  async openOnSigning(manager: EntityManager, actor: Actor | null, sheet: TermSheetEntity, version: TermSheetVersionEntity, signedAt: Date): Promise<string> {
    const terms = termsOfJson(version.terms);
    const equity = deriveEquity(terms);
    const plan = planTranches(terms);
    const holding = await ensureCentreHolding(manager, sheet.organisationId, terms.shareClass);
    const stored = (version.terms as { tranches: { release: StoredRelease }[] }).tranches;
    const id = (
      await manager.insert(CreditLineEntity, {
        termSheetId: sheet.id,
        versionNo: version.versionNo,
        organisationId: sheet.organisationId,
        projectId: sheet.projectId,
        status: 'ACTIVE',
        creditFen: terms.creditFen,
        drawnFen: 0n,
        totalShares: equity.centreShares,
        priceNumerator: equity.pricePerShare.numerator,
        priceDenominator: equity.pricePerShare.denominator,
        preMoneyFen: terms.preMoneyValuationFen,
        postMoneyShares: equity.postMoneyShares,
        shareClassId: holding.shareClassId,
        centreStakeholderId: holding.stakeholderId,
        openedAt: signedAt,
        expiresAt: terms.creditExpiresAt,
        closedAt: null,
        buyBackUntil: terms.buyBack ? buyBackWindowEnds(signedAt, terms.buyBack.months) : null,
        buyBackPremiumBp: terms.buyBack ? Number(terms.buyBack.premiumBasisPoints) : null,
      })
    ).identifiers[0]!['id'] as string;
    await manager.insert(
      CreditTrancheEntity,
      plan.map((tranche) => ({
        creditLineId: id,
        trancheNo: tranche.index,
        percentBp: Number(tranche.percentBasisPoints),
        release: stored[tranche.index]!.release,
        creditFen: tranche.creditFen,
        shares: tranche.shares,
        drawnFen: 0n,
        releasedAt: null,
        fullyDrawnAt: null,
      })),
    );
    const line = await manager.findOneByOrFail(CreditLineEntity, { id });
    await this.stampReleases(manager, line, await releaseFactsOf(manager, sheet.projectId, signedAt));
    await this.audit.record(manager, {
      actor,
      action: 'CREDIT_LINE_OPENED',
      target: { type: 'CREDIT_LINE', id },
      organisationId: sheet.organisationId,
      details: { termSheetId: sheet.id, versionNo: version.versionNo, creditFen: terms.creditFen.toString(), totalShares: equity.centreShares.toString(), tranches: plan.length },
    });
    return id;
  }

  /**
   * The organisation's drawable lines now, locked (FOR UPDATE, in id order) for the issuing
   * transaction; a project with two active lines draws on the one that expires first among those that can pay now.
   */
  async pools(manager: EntityManager, organisationId: string, now: Date): Promise<EquityCreditPool[]> {
    const lines = await manager
      .getRepository(CreditLineEntity)
      .createQueryBuilder('l')
      .setLock('pessimistic_write')
      .where("l.organisation_id = :organisationId AND l.status = 'ACTIVE' AND l.expires_at > :now", { organisationId, now })
      .orderBy('l.id')
      .getMany();
    // Per project, the line that expires first among those that can pay now; a line waiting on a
    // milestone does not hide another line of the same project that could pay.
    const byProject = new Map<string, { line: CreditLineEntity; availableFen: bigint }>();
    for (const line of lines) {
      const tranches = await manager.findBy(CreditTrancheEntity, { creditLineId: line.id });
      const availableFen = drawableFen(trancheLedgerOf(line, tranches), await releaseFactsOf(manager, line.projectId, now));
      const chosen = byProject.get(line.projectId);
      if (availableFen > 0n && (!chosen || line.expiresAt < chosen.line.expiresAt)) byProject.set(line.projectId, { line, availableFen });
    }
    const pools: EquityCreditPool[] = [...byProject.values()].map(({ line, availableFen }) => ({ creditLineId: line.id, projectId: line.projectId, availableFen }));
    return pools;
  }

  /**
   * Records what the split paid from each line: the domain's drawdown says how much each tranche
   * gives (earliest released first); the draws are inserted line by line and tranche by tranche,
   * which moves the tranches' drawn credit and lets the database issue the shares of any tranche
   * drawn in full.
   */
  async draw(manager: EntityManager, input: { invoiceId: string; organisationId: string; now: Date; uses: readonly EquityCreditUse[] }): Promise<void> {
    const byLine = new Map<string, EquityCreditUse[]>();
    for (const use of input.uses) byLine.set(use.creditLineId, [...(byLine.get(use.creditLineId) ?? []), use]);
    for (const [creditLineId, uses] of [...byLine].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const line = await manager.findOneByOrFail(CreditLineEntity, { id: creditLineId });
      if (line.organisationId !== input.organisationId) throw new Error(`credit line ${creditLineId} is not the organisation's`);
      const tranches = await manager.findBy(CreditTrancheEntity, { creditLineId });
      const facts = await releaseFactsOf(manager, line.projectId, input.now);
      const wanted = uses.reduce((sum, use) => sum + use.amountFen, 0n);
      const result = drawdown(trancheLedgerOf(line, tranches), facts, wanted);
      if (result.drawnFen !== wanted) throw new Error(`credit line ${creditLineId} cannot pay ${wanted} fen (drawable ${result.drawnFen})`);
      await this.stampReleases(manager, line, facts, result.after.drawnFen);

      // Pair the tranches' draws with the invoice lines in order: both add up to `wanted`.
      const fromTranche = result.drawsFen.map((fen, index) => ({ index, fen })).filter((t) => t.fen > 0n);
      const toLine = uses.map((use) => ({ ...use }));
      while (fromTranche.length > 0 && toLine.length > 0) {
        const tranche = fromTranche[0]!;
        const use = toLine[0]!;
        const amount = tranche.fen < use.amountFen ? tranche.fen : use.amountFen;
        await manager.insert(CreditDrawEntity, { creditLineId, trancheNo: tranche.index, invoiceId: input.invoiceId, invoiceLineId: use.invoiceLineId, amountFen: amount, drawnAt: input.now });
        tranche.fen -= amount;
        use.amountFen -= amount;
        if (tranche.fen === 0n) fromTranche.shift();
        if (use.amountFen === 0n) toLine.shift();
      }
      await this.audit.record(manager, {
        actor: null,
        action: 'CREDIT_DRAWN',
        target: { type: 'CREDIT_LINE', id: creditLineId },
        organisationId: line.organisationId,
        details: { invoiceId: input.invoiceId, amountFen: wanted.toString(), tranches: result.drawsFen.map(String) },
      });
      for (const index of result.newlyFullyDrawn) {
        await this.audit.record(manager, {
          actor: null,
          action: 'TRANCHE_SHARES_ISSUED',
          target: { type: 'CREDIT_LINE', id: creditLineId },
          organisationId: line.organisationId,
          details: { trancheNo: index, shares: result.after.tranches[index]!.shares.toString(), invoiceId: input.invoiceId },
        });
      }
    }
  }

  /**
   * Lines past their expiry close: status EXPIRED, and the database issues the drawn part of any
   * partly drawn tranche. Safe from several processes at once (SKIP LOCKED, only while ACTIVE).
   */
  async expireDue(now = new Date()): Promise<number> {
    let expired = 0;
    // A line that fails to close is skipped for this run (and logged), so it cannot hold up the rest.
    const failed: string[] = [];
    for (;;) {
      let taken: string | null = null;
      const done = await this.dataSource.transaction(async (manager) => {
        const [line] = await manager
          .getRepository(CreditLineEntity)
          .createQueryBuilder('l')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where("l.status = 'ACTIVE' AND l.expires_at <= :now AND NOT (l.id = ANY(:failed))", { now, failed })
          .orderBy('l.expires_at')
          .limit(1)
          .getMany();
        if (!line) return false;
        taken = line.id;
        await manager.update(CreditLineEntity, { id: line.id }, { status: 'EXPIRED', closedAt: now });
        await this.audit.record(manager, {
          actor: null,
          action: 'CREDIT_LINE_EXPIRED',
          target: { type: 'CREDIT_LINE', id: line.id },
          organisationId: line.organisationId,
          details: { creditFen: line.creditFen.toString(), drawnFen: line.drawnFen.toString(), unusedFen: (line.creditFen - line.drawnFen).toString() },
        });
        return true;
      }).catch((error: Error) => {
        if (taken === null) throw error;
        this.log.error(`credit line ${taken} could not expire: ${error.message}`);
        failed.push(taken);
        return null;
      });
      if (done === false) return expired;
      if (done) expired += 1;
    }
  }

  /**
   * Stamps the release of tranches whose condition came true since (a stage reached, a milestone
   * accepted, a date passed) on every active line; draws stamp their own. Returns how many.
   */
  async refreshReleases(now = new Date()): Promise<number> {
    const candidates: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT l.id FROM credit_lines l JOIN credit_tranches t ON t.credit_line_id = l.id
        WHERE l.status = 'ACTIVE' AND l.expires_at > $1 AND t.released_at IS NULL`,
      [now],
    );
    let stamped = 0;
    for (const { id } of candidates) {
      stamped += await this.dataSource.transaction(async (manager) => {
        const [line] = await manager
          .getRepository(CreditLineEntity)
          .createQueryBuilder('l')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where("l.id = :id AND l.status = 'ACTIVE'", { id })
          .getMany();
        return line ? this.stampReleases(manager, line, await releaseFactsOf(manager, line.projectId, now)) : 0;
      });
    }
    return stamped;
  }

  /** Sets released_at (once) on every tranche the domain says is released, given what is drawn. */
  private async stampReleases(manager: EntityManager, line: CreditLineEntity, facts: ReleaseFacts, drawnAfter?: readonly bigint[]): Promise<number> {
    if (facts.now.getTime() >= line.expiresAt.getTime()) return 0;
    const tranches = await manager.findBy(CreditTrancheEntity, { creditLineId: line.id });
    const ledger = trancheLedgerOf(line, tranches);
    const states = trancheStates(drawnAfter ? { ...ledger, drawnFen: drawnAfter } : ledger, facts);
    let stamped = 0;
    for (const state of states) {
      const row = tranches.find((t) => t.trancheNo === state.index)!;
      if (state.status !== 'LOCKED' && row.releasedAt === null) {
        await manager.update(CreditTrancheEntity, { creditLineId: line.id, trancheNo: state.index }, { releasedAt: facts.now });
        stamped += 1;
      }
    }
    return stamped;
  }
}
