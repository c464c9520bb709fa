import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StudySettingsRepository, type StudySettings } from '../learning/study-settings.repository';
import type { UpdateStudySettingsDto } from './study.dto';

@Injectable()
export class StudySettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: StudySettingsRepository,
  ) {}

  get(userId: string): Promise<StudySettings> {
    return this.settings.get(this.dataSource.manager, userId);
  }

  update(userId: string, changes: UpdateStudySettingsDto): Promise<StudySettings> {
    return this.dataSource.transaction((m) => this.settings.save(m, userId, changes));
  }
}
