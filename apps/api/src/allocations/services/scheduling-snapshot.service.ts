import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ScheduleInput } from '@suanli/allocation';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { loadNodes, loadOrgs, loadPendingJson, loadRunning, parsePending } from '../scheduler/scheduling-snapshot.js';

/**
 * The live scheduler input, for what-if previews the browser computes with libs/allocation.
 * A founder gets other tenants' organisations and requests under opaque keys: the queue's shape
 * without anyone's identity.
 */
@Injectable()
export class SchedulingSnapshotService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async snapshot(actor: Actor, clusterId: string): Promise<{ input: string; ownOrganisationKey: string }> {
    const now = new Date();
    const input: ScheduleInput = await this.dataSource.transaction(async (manager) => ({
      nowS: now.getTime() / 1000,
      nodes: await loadNodes(manager, clusterId),
      running: await loadRunning(manager, clusterId),
      pending: parsePending(await loadPendingJson(manager, clusterId, now)).map(({ shown: _shown, ...request }) => request),
      orgs: await loadOrgs(manager, clusterId, now),
    }));
    const tenant = tenantOf(actor);
    if (!tenant) return { input: JSON.stringify(input), ownOrganisationKey: '' };

    const keys = new Map<string, string>();
    const key = (id: string, prefix: string) => {
      if (id === tenant) return id;
      if (!keys.has(id)) keys.set(id, `${prefix}-${keys.size + 1}`);
      return keys.get(id)!;
    };
    const masked: ScheduleInput = {
      ...input,
      orgs: input.orgs.map((o) => ({ ...o, id: key(o.id, 'org') })),
      running: input.running.map((r) => ({
        ...r,
        orgId: key(r.orgId, 'org'),
        requestId: r.orgId === tenant ? r.requestId : key(r.requestId, 'req'),
        preemptedForRequestId: r.preemptedForRequestId ? key(r.preemptedForRequestId, 'req') : null,
      })),
      pending: input.pending.map((p) =>
        p.orgId === tenant ? p : { ...p, id: key(p.id, 'req'), orgId: key(p.orgId, 'org'), projectId: undefined },
      ),
    };
    return { input: JSON.stringify(masked), ownOrganisationKey: tenant };
  }
}
