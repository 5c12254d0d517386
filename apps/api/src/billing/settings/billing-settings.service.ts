import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkPayerOrder, PayerOrderError } from '@suanli/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import { BillingSettingsEntity } from '../entities/billing-settings.entity.js';
import type { BillingSettings, UpdateBillingSettingsInput } from './billing-settings.model.js';

/** The single row of billing settings: read by every issuer, changed by managers (audited). */
@Injectable()
export class BillingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<BillingSettings> {
    const row = await this.dataSource.manager.findOneByOrFail(BillingSettingsEntity, { id: 1 });
    return { paymentTermsDays: row.paymentTermsDays, payerOrder: row.payerOrder };
  }

  async update(actor: Actor, input: UpdateBillingSettingsInput, ip: string | null): Promise<{ settings: BillingSettings }> {
    if (input.payerOrder) {
      try {
        checkPayerOrder(input.payerOrder);
      } catch (error) {
        if (error instanceof PayerOrderError) throw new DomainError(UserErrorCode.VALIDATION_FAILED, error.message, ['payerOrder']);
        throw error;
      }
    }
    return this.dataSource.transaction(async (manager) => {
      // One change at a time, audited with what it replaced.
      const before = await manager.findOneOrFail(BillingSettingsEntity, { where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      const after = {
        paymentTermsDays: input.paymentTermsDays ?? before.paymentTermsDays,
        payerOrder: input.payerOrder ?? before.payerOrder,
      };
      await manager.update(BillingSettingsEntity, { id: 1 }, after);
      await this.audit.record(manager, {
        actor, action: 'BILLING_SETTINGS_CHANGED', target: { type: 'BILLING_SETTINGS', id: '1' }, organisationId: null, ip,
        details: { before: { paymentTermsDays: before.paymentTermsDays, payerOrder: before.payerOrder }, after },
      });
      return { settings: after };
    });
  }
}
