import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { MilestoneEventEntity } from '../entities/milestone-event.entity.js';
import { MilestoneEntity } from '../entities/milestone.entity.js';
import { byDueDate } from '../milestone-rules.js';

/** A project's milestones, by due date. */
export function milestonesByProjectLoader(dataSource: DataSource) {
  return new DataLoader<string, MilestoneEntity[]>(async (projectIds) => {
    const rows = await dataSource.getRepository(MilestoneEntity).findBy({ projectId: In([...projectIds]) });
    const byProject = new Map<string, MilestoneEntity[]>();
    for (const row of rows) byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row]);
    return projectIds.map((id) => byDueDate(byProject.get(id) ?? []));
  });
}

/** Every step of a project's milestones, oldest first. */
export function milestoneEventsByProjectLoader(dataSource: DataSource) {
  return new DataLoader<string, MilestoneEventEntity[]>(async (projectIds) => {
    const rows = await dataSource.getRepository(MilestoneEventEntity).find({
      where: { projectId: In([...projectIds]) },
      order: { seq: 'ASC' },
    });
    const byProject = new Map<string, MilestoneEventEntity[]>();
    for (const row of rows) byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row]);
    return projectIds.map((id) => byProject.get(id) ?? []);
  });
}
