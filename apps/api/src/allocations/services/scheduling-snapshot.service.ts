import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ScheduleInput } from '@suanli/allocation';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { loadNodes, loadOrgs, loadPendingJson, loadRunHistory, loadRunning, parsePending, type FinishedRun } from '../scheduler/scheduling-snapshot.js';
import { predictorOf, withPredictions } from '../scheduler/run-predictions.js';

/** A finished run of the reader's own organisation, for predicting the run time of the request previewed. */
export type OwnRun = Omit<FinishedRun, 'orgId'>;

/**
 * The live scheduler input, for what-if previews the browser computes with libs/allocation.
 * A founder gets other tenants' organisations and requests under opaque keys: the queue's shape
 * without anyone's identity. Run times are predicted here, as the scheduling pass predicts them
 * (withPredictions), so the preview estimates what the queue will show once the request is sent.
 * Other tenants' predicted ends travel too, under the same keys: every estimate shown already
 * depends on them, and the history they come from stays on the server. `ownRuns` is the reader's
 * own organisation's history only (none for staff), with `populationFraction` (the median
 * run/limit of everyone's latest runs, one number), so the browser predicts the previewed
 * request's run time the way the pass will, for a newcomer too.
 */
@Injectable()
export class SchedulingSnapshotService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async snapshot(actor: Actor, clusterId: string): Promise<{ input: string; ownOrganisationKey: string }> {
    const now = new Date();
    const tenant = tenantOf(actor);
    const { input, history, populationFraction } = await this.dataSource.transaction(async (manager) => {
      const live: ScheduleInput = {
        nowS: now.getTime() / 1000,
        nodes: await loadNodes(manager, clusterId),
        running: await loadRunning(manager, clusterId),
        pending: parsePending(await loadPendingJson(manager, clusterId, now)).map(({ shown: _shown, ...request }) => request),
        orgs: await loadOrgs(manager, clusterId, now),
      };
      const runs = await loadRunHistory(manager, clusterId, tenant ?? null);
      const predictor = predictorOf(runs);
      return { input: withPredictions(live, predictor), history: runs, populationFraction: predictor.populationFraction() };
    });
    if (!tenant) return { input: JSON.stringify({ ...input, ownRuns: [], populationFraction }), ownOrganisationKey: '' };
    const ownRuns: OwnRun[] = history.filter((r) => r.orgId === tenant).map(({ orgId: _orgId, ...run }) => run);

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
    return { input: JSON.stringify({ ...masked, ownRuns, populationFraction }), ownOrganisationKey: tenant };
  }
}
