import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/access/actor.js';
import type { Connection } from '../common/pagination/connection.js';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor.js';
import { pageOf } from '../common/pagination/page-of.js';
import type { AuditAction } from './audit-actions.js';
import { AuditEventEntity, type AuditActorKind } from './entities/audit-event.entity.js';

export interface AuditEntry {
  /** Who did it: null for an anonymous caller (e.g. someone accepting an invitation). */
  actor: Actor | null;
  action: AuditAction;
  target?: { type: string; id: string } | null;
  organisationId?: string | null;
  /** Facts worth keeping (an email, a role); never a secret, token or password. */
  details?: Record<string, unknown>;
  ip?: string | null;
}

export interface AuditEventsFilter {
  first: number;
  after?: string | null;
  action?: string | null;
  organisationId?: string | null;
}

const SECRET_KEYS = /pass(word)?|token|secret|hash/i;

function actorKindOf(actor: Actor | null): AuditActorKind {
  if (!actor) return 'ANONYMOUS';
  return actor.kind === 'token' ? 'TOKEN' : 'USER';
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records an event inside the caller's transaction: it commits with the change it describes
   * or not at all. Call it with the EntityManager of that transaction.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const details = entry.details ?? {};
    const leaked = Object.keys(details).filter((key) => SECRET_KEYS.test(key));
    if (leaked.length > 0) throw new Error(`audit details must not carry secrets (${leaked.join(', ')})`);
    await manager.insert(AuditEventEntity, {
      actorId: entry.actor?.id ?? null,
      actorKind: actorKindOf(entry.actor),
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      organisationId: entry.organisationId ?? null,
      details: details as object,
      ip: entry.ip ?? null,
    });
  }

  /** Newest first, keyset-paginated over (at, id). */
  async list(filter: AuditEventsFilter): Promise<Connection<AuditEventEntity>> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.organisationId) query.andWhere('e.organisation_id = :org', { org: filter.organisationId });
    const countQuery = query.clone();
    const newerQuery = query.clone();
    const position = filter.after ? decodeCursor(filter.after) : null;
    if (position) {
      newerQuery.andWhere('(e.at, e.id) >= (:at, :id)', { at: position.createdAt, id: position.id });
      query.andWhere('(e.at, e.id) < (:at, :id)', { at: position.createdAt, id: position.id });
    }
    const rows = await query.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').take(filter.first + 1).getMany();
    const cursorOf = (node: AuditEventEntity) => encodeCursor({ createdAt: node.at, id: node.id });
    return {
      ...pageOf(rows, filter.first, cursorOf, async () => position !== null && newerQuery.getExists()),
      get totalCount() {
        return countQuery.getCount();
      },
    };
  }
}

