import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { invalid } from '../common/validators';
import { examDateProblem } from '../core/exam-date';
import { StudySettingsRepository, type StudySettings } from '../learning/study-settings.repository';
import type { UpdateStudySettingsDto } from './study.dto';

@Injectable()
export class StudySettingsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly settings: StudySettingsRepository,
  ) {}

  get(userId: string): Promise<StudySettings> {
    return this.settings.get(this.dataSource.manager, userId);
  }

  update(userId: string, changes: UpdateStudySettingsDto): Promise<StudySettings> {
    return this.dataSource.transaction(async (m) => {
      if (typeof changes.examDate === 'string') {
        // "Today" is the learner's, in the time zone and day start they have after this change.
        const current = await this.settings.get(m, userId);
        const day = {
          timeZone: changes.timeZone ?? current.timeZone,
          dayStartHour: changes.dayStartHour ?? current.dayStartHour,
        };
        const problem = examDateProblem(changes.examDate, this.clock.now(), day);
        if (problem) throw invalid('examDate', problem);
      }
      if (changes.examMode === 'manual' && changes.examDate === null)
        throw invalid('examMode', 'examMode manual needs an examDate');
      return this.settings.save(m, userId, changes);
    });
  }
}
