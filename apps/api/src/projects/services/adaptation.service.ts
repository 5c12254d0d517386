import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ADAPTATION_CHECKLIST } from '@suanli/domain';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { SetAdaptationChecklistItemInput } from '../dto/set-adaptation-checklist-item.input.js';
import { AdaptationEntity } from '../entities/adaptation.entity.js';
import type { ProjectEntity } from '../entities/project.entity.js';
import { ProjectLifecycleService } from './project-lifecycle.service.js';

@Injectable()
export class AdaptationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ProjectLifecycleService) private readonly lifecycle: ProjectLifecycleService,
  ) {}

  /** Ticks or unticks one checklist item; only while the project is in adaptation. */
  setChecklistItem(actor: Actor, input: SetAdaptationChecklistItemInput): Promise<{ project: ProjectEntity }> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.lifecycle.lockVisible(manager, actor, input.projectId);
      const adaptation = await manager.findOneBy(AdaptationEntity, { projectId: project.id });
      if (project.stage !== 'ADAPTATION' || !adaptation) {
        throw new DomainError(UserErrorCode.NOT_IN_ADAPTATION, 'The project is not in adaptation', ['projectId']);
      }
      const items = new Set(adaptation.completedItems);
      if (input.done) items.add(input.item);
      else items.delete(input.item);
      adaptation.completedItems = ADAPTATION_CHECKLIST.filter((item) => items.has(item));
      await manager.save(adaptation);
      return { project };
    });
  }
}
