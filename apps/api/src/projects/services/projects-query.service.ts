import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ADAPTATION_CHECKLIST, PROJECT_STAGES, type ProjectStage } from '@suanli/domain';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import type { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { PipelineFilter, ProjectsArgs } from '../dto/projects.args.js';
import { ProjectEntity } from '../entities/project.entity.js';

export interface PipelineColumnRows {
  stage: ProjectStage;
  totalCount: number;
  projects: ProjectEntity[];
}

@Injectable()
export class ProjectsQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private visible(actor: Actor) {
    const query = this.dataSource.getRepository(ProjectEntity).createQueryBuilder('p');
    const tenant = tenantOf(actor);
    if (tenant) query.andWhere('p.organisation_id = :tenant', { tenant });
    return query;
  }

  list(actor: Actor, args: ProjectsArgs) {
    const query = this.visible(actor);
    if (args.stage) query.andWhere('p.stage = :stage', { stage: args.stage });
    if (args.organisationId) query.andWhere('p.organisation_id = :org', { org: args.organisationId });
    return paginate(query, args);
  }

  /** Called only under an organisation the caller was already allowed to see. */
  listForOrganisation(organisationId: string, args: ConnectionArgs) {
    const query = this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .where('p.organisation_id = :organisationId', { organisationId });
    return paginate(query, args);
  }

  /** Null when missing or another tenant's: the caller cannot tell the two apart. */
  findVisible(actor: Actor, id: string): Promise<ProjectEntity | null> {
    return this.visible(actor).andWhere('p.id = :id', { id }).getOne();
  }

  /**
   * Every column of the board in one statement, however many stages or projects per stage. The
   * filters narrow the counts too, so a column says how many match, not how many exist.
   */
  async pipeline(actor: Actor, perStage: number, filter: PipelineFilter = {}): Promise<PipelineColumnRows[]> {
    const tenant = tenantOf(actor);
    const search = filter.search ? `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows: (Record<string, unknown> & { total: string; rn: string })[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT p.*, row_number() OVER w AS rn, count(*) OVER (PARTITION BY p.stage) AS total
         FROM projects p
         JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN adaptations a ON a.project_id = p.id
         WHERE ($1::uuid IS NULL OR p.organisation_id = $1::uuid)
           AND ($3::text IS NULL OR p.name ILIKE $3 OR o.name ILIKE $3)
           AND ($4::text IS NULL OR o.industry = $4)
           AND (NOT $5::boolean OR (p.stage = 'ADAPTATION' AND a.due_at < now() AND cardinality(a.completed_items) < $6))
         WINDOW w AS (PARTITION BY p.stage ORDER BY p.stage_entered_at ASC, p.id ASC)
       ) ranked
       WHERE rn <= $2
       ORDER BY stage_entered_at ASC, id ASC`,
      [tenant, perStage, search, filter.industry ?? null, filter.overdueOnly ?? false, ADAPTATION_CHECKLIST.length],
    );
    const metadata = this.dataSource.getMetadata(ProjectEntity);
    const columns = new Map<ProjectStage, PipelineColumnRows>(
      PROJECT_STAGES.map((stage) => [stage, { stage, totalCount: 0, projects: [] }]),
    );
    for (const row of rows) {
      const project = this.dataSource.getRepository(ProjectEntity).create();
      for (const column of metadata.columns) {
        (project as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
      }
      const column = columns.get(project.stage)!;
      column.totalCount = Number(row.total);
      column.projects.push(project);
    }
    return [...columns.values()];
  }

  overdueAdaptations(actor: Actor, args: ConnectionArgs) {
    const query = this.visible(actor)
      .innerJoin('adaptations', 'a', 'a.project_id = p.id')
      .andWhere(`p.stage = 'ADAPTATION'`)
      .andWhere('a.due_at < now()')
      .andWhere('cardinality(a.completed_items) < :checklistLength', { checklistLength: ADAPTATION_CHECKLIST.length });
    return paginate(query, args);
  }
}
