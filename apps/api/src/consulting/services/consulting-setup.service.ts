import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { ConsultantGroupEntity } from '../entities/consultant-group.entity.js';
import { SlaPolicyEntity } from '../entities/sla.entities.js';
import type { TicketCategory, TicketPriority } from '../ticket-rules.js';

export interface ConsultantGroupCommand {
  category: TicketCategory;
  name: string;
  leadUserId: string;
  memberIds: readonly string[];
}

/** A target is whole business minutes above zero, and at most a year of business days. */
const MAX_TARGET_MINUTES = 250 * 9 * 60;

/** Managers' set-up: one consultant group per category, and the SLA policy table. */
@Injectable()
export class ConsultingSetupService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  setGroup(input: ConsultantGroupCommand): Promise<ConsultantGroupEntity> {
    const name = input.name.trim();
    if (!name) return Promise.reject(new DomainError(UserErrorCode.VALIDATION_FAILED, 'Name the group', ['name']));
    return this.dataSource.transaction(async (manager) => {
      const people = [...new Set([input.leadUserId, ...input.memberIds])];
      const staff: { id: string }[] = await manager.query(
        `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND role IN ('CONSULTANT','MANAGER') AND deactivated_at IS NULL`,
        [people],
      );
      const known = new Set(staff.map((s) => s.id));
      const unknown = people.find((id) => !known.has(id));
      if (unknown) {
        throw new DomainError(UserErrorCode.NOT_FOUND, 'Group members and the lead are active consultants or managers', [unknown === input.leadUserId ? 'leadUserId' : 'memberIds']);
      }
      let group = await manager.getRepository(ConsultantGroupEntity).findOneBy({ category: input.category });
      group = await manager.save(Object.assign(group ?? manager.create(ConsultantGroupEntity, { category: input.category }), { name, leadUserId: input.leadUserId }));
      const members = [...new Set(input.memberIds)];
      await manager.query('DELETE FROM consultant_group_members WHERE group_id = $1 AND NOT (user_id = ANY($2::uuid[]))', [group.id, members]);
      for (const userId of members) {
        await manager.query('INSERT INTO consultant_group_members (group_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [group.id, userId]);
      }
      return group;
    });
  }

  async setPolicy(category: TicketCategory, priority: TicketPriority, firstResponseMinutes: number, resolutionMinutes: number): Promise<SlaPolicyEntity> {
    for (const [field, minutes] of [['firstResponseMinutes', firstResponseMinutes], ['resolutionMinutes', resolutionMinutes]] as const) {
      if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_TARGET_MINUTES) {
        throw new DomainError(UserErrorCode.INVALID_SLA_TARGET, `An SLA target is whole business minutes from 1 to ${MAX_TARGET_MINUTES}`, [field]);
      }
    }
    if (firstResponseMinutes > resolutionMinutes) {
      throw new DomainError(UserErrorCode.INVALID_SLA_TARGET, 'The first response cannot be due after the resolution', ['firstResponseMinutes']);
    }
    await this.dataSource.getRepository(SlaPolicyEntity).upsert({ category, priority, firstResponseMinutes, resolutionMinutes }, ['category', 'priority']);
    return this.dataSource.getRepository(SlaPolicyEntity).findOneByOrFail({ category, priority });
  }

  policies(): Promise<SlaPolicyEntity[]> {
    return this.dataSource.getRepository(SlaPolicyEntity).find({ order: { category: 'ASC', priority: 'ASC' } });
  }
}
