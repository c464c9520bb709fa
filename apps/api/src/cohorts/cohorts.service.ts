import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { invalid } from '../common/validators';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { isUniqueViolation } from '../common/pg-errors';
import { CardCatalog } from '../content/card-catalog.service';
import { assignmentProgress } from '../core/assignments';
import { studyDate } from '../core/study-day';
import { CardStatesRepository } from '../learning/card-states.repository';
import { LearnerCardsService } from '../learning/learner-cards.service';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { CohortsRepository, type AssignmentRecord, type CohortRecord } from './cohorts.repository';
import type {
  CohortDetailDto,
  AssignmentDto,
  CohortDto,
  CreateAssignmentDto,
  JoinPreviewDto,
  MemberDto,
  MembershipDto,
  MyAssignmentDto,
  UpdateAssignmentDto,
  UpdateCohortDto,
} from './cohorts.dto';

/** Join codes avoid letters and digits that are easy to confuse (0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

export function newJoinCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

@Injectable()
export class CohortsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly cohorts: CohortsRepository,
    private readonly catalog: CardCatalog,
    private readonly learnerCards: LearnerCardsService,
    private readonly states: CardStatesRepository,
    private readonly settings: StudySettingsRepository,
  ) {}

  /** The cohort if `user` owns it: 404 when there is none, 403 when another instructor owns it. */
  async owned(m: EntityManager, user: AuthUser, cohortId: string): Promise<CohortRecord> {
    const cohort = await this.cohorts.find(m, cohortId);
    if (!cohort) throw new NotFoundException('No such cohort');
    if (cohort.ownerId !== user.id) throw new ForbiddenException('This cohort belongs to another instructor');
    return cohort;
  }

  async create(user: AuthUser, name: string): Promise<CohortDto> {
    const id = await this.withFreshCode((code) =>
      this.dataSource.transaction((m) => this.cohorts.create(m, user.id, name, code, this.clock.now())),
    );
    return this.get(user, id);
  }

  async list(user: AuthUser): Promise<CohortDto[]> {
    return (await this.cohorts.listOwned(this.dataSource.manager, user.id)).map(cohortDto);
  }

  async get(user: AuthUser, cohortId: string): Promise<CohortDetailDto> {
    const m = this.dataSource.manager;
    const cohort = cohortDto(await this.owned(m, user, cohortId));
    return { ...cohort, today: studyDate(this.clock.now(), await this.settings.get(m, user.id)) };
  }

  async update(user: AuthUser, cohortId: string, changes: UpdateCohortDto): Promise<CohortDto> {
    await this.dataSource.transaction(async (m) => {
      await this.owned(m, user, cohortId);
      await this.cohorts.update(m, cohortId, changes);
    });
    return this.get(user, cohortId);
  }

  /** A new join code; the old code and its invite link stop working. */
  async rotateCode(user: AuthUser, cohortId: string): Promise<CohortDto> {
    await this.withFreshCode((code) =>
      this.dataSource.transaction(async (m) => {
        await this.owned(m, user, cohortId);
        await this.cohorts.update(m, cohortId, { joinCode: code });
      }),
    );
    return this.get(user, cohortId);
  }

  async roster(user: AuthUser, cohortId: string): Promise<MemberDto[]> {
    const m = this.dataSource.manager;
    await this.owned(m, user, cohortId);
    return (await this.cohorts.members(m, cohortId)).map(memberDto);
  }

  /** Removes a student; they keep their own history, and cannot re-join with the code. */
  async removeMember(user: AuthUser, cohortId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.owned(m, user, cohortId);
      if (!(await this.cohorts.leave(m, cohortId, userId, true, this.clock.now())))
        throw new NotFoundException('That student is not in this cohort');
    });
  }

  async addAssignment(user: AuthUser, cohortId: string, dto: CreateAssignmentDto): Promise<AssignmentDto> {
    if (!this.catalog.deck(dto.deckId))
      throw invalid('deckId', `deckId "${dto.deckId}" is not a deck: use the built-in deck or one of its sub-decks`);
    if (dto.targetDate !== undefined && dto.targetDate < dto.startDate)
      throw invalid('targetDate', 'targetDate must be on or after startDate', 'Must be on or after the start date');
    const record = await this.dataSource.transaction(async (m) => {
      const cohort = await this.owned(m, user, cohortId);
      if (cohort.archivedAt) throw new ConflictException('This cohort is archived; restore it to assign decks');
      if (await this.cohorts.hasActiveAssignment(m, cohortId, dto.deckId)) throw alreadyAssigned();
      try {
        return await this.cohorts.addAssignment(m, {
          cohortId,
          deckId: dto.deckId,
          startDate: dto.startDate,
          newPerDay: dto.newPerDay,
          targetDate: dto.targetDate ?? null,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'assignments_one_per_deck')) throw alreadyAssigned();
        throw error;
      }
    });
    return this.assignmentDto(record);
  }

  /** Changes an assignment's pace, start or target date; fields left out keep their value, a null target date clears it. */
  async updateAssignment(
    user: AuthUser,
    cohortId: string,
    assignmentId: string,
    dto: UpdateAssignmentDto,
  ): Promise<AssignmentDto> {
    const record = await this.dataSource.transaction(async (m) => {
      await this.owned(m, user, cohortId);
      const current = await this.cohorts.activeAssignment(m, cohortId, assignmentId);
      if (!current) throw new NotFoundException('No such assignment in this cohort');
      const next = {
        startDate: dto.startDate ?? current.startDate,
        newPerDay: dto.newPerDay ?? current.newPerDay,
        targetDate: dto.targetDate === undefined ? current.targetDate : dto.targetDate,
      };
      if (next.targetDate !== null && next.targetDate < next.startDate)
        throw invalid('targetDate', 'targetDate must be on or after startDate', 'Must be on or after the start date');
      return this.cohorts.updateAssignment(m, assignmentId, next);
    });
    return this.assignmentDto(record);
  }

  async listAssignments(user: AuthUser, cohortId: string): Promise<AssignmentDto[]> {
    const m = this.dataSource.manager;
    await this.owned(m, user, cohortId);
    return (await this.cohorts.assignments(m, [cohortId])).map((a) => this.assignmentDto(a));
  }

  /** Stops the assignment's cards entering queues; everyone keeps what they learnt and their history. */
  async removeAssignment(user: AuthUser, cohortId: string, assignmentId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.owned(m, user, cohortId);
      if (!(await this.cohorts.removeAssignment(m, cohortId, assignmentId)))
        throw new NotFoundException('No such assignment in this cohort');
    });
  }

  /** What an invite link shows before joining. */
  async preview(code: string, user: AuthUser | undefined): Promise<JoinPreviewDto> {
    const m = this.dataSource.manager;
    const cohort = await this.cohorts.findByCode(m, code);
    if (!cohort) throw new NotFoundException('No cohort has this join code; check it with your instructor');
    return {
      cohortId: cohort.id,
      cohortName: cohort.name,
      instructorName: cohort.ownerName,
      archived: cohort.archivedAt !== null,
      alreadyMember: user ? await this.cohorts.isMember(m, cohort.id, user.id) : false,
    };
  }

  async join(user: AuthUser, code: string): Promise<MembershipDto> {
    const cohortId = await this.dataSource.transaction((m) => this.joinWith(m, user, code));
    return (await this.memberships(user)).find((c) => c.cohortId === cohortId)!;
  }

  /** Joins inside a caller's transaction (also used while signing up). Returns the cohort id. */
  async joinWith(m: EntityManager, user: Pick<AuthUser, 'id' | 'role'>, code: string): Promise<string> {
    if (user.role !== 'student') throw new ForbiddenException('Only students join cohorts');
    const cohort = await this.cohorts.findByCode(m, code);
    if (!cohort) throw new NotFoundException('No cohort has this join code; check it with your instructor');
    if (cohort.archivedAt) throw new ConflictException('This cohort is archived and takes no new members');
    const outcome = await this.cohorts.join(m, cohort.id, user.id, this.clock.now());
    if (outcome === 'already') throw new ConflictException('You are already in this cohort');
    if (outcome === 'removed')
      throw new ForbiddenException('Your instructor removed you from this cohort; ask them to add you back');
    return cohort.id;
  }

  async leave(user: AuthUser, cohortId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await this.cohorts.leave(m, cohortId, user.id, false, this.clock.now())))
        throw new NotFoundException('You are not in this cohort');
    });
  }

  /** A student's cohorts with their assignments and the student's progress on each. */
  async memberships(user: AuthUser): Promise<MembershipDto[]> {
    const m = this.dataSource.manager;
    const cohorts = await this.cohorts.listJoined(m, user.id);
    if (cohorts.length === 0) return [];
    const assignments = await this.cohorts.assignments(
      m,
      cohorts.map((c) => c.id),
    );
    const seen = new Set((await this.states.all(m, user.id)).filter((s) => s.schedule.state !== 0).map((s) => s.cardId));
    const today = studyDate(this.clock.now(), await this.settings.get(m, user.id));
    return cohorts.map((c) => ({
      cohortId: c.id,
      cohortName: c.name,
      instructorName: c.ownerName,
      archived: c.archivedAt !== null,
      assignments: assignments.filter((a) => a.cohortId === c.id).map((a) => this.withProgress(a, today, seen)),
    }));
  }

  withProgress(a: AssignmentRecord, today: string, seen: ReadonlySet<string>): MyAssignmentDto {
    return { ...this.assignmentDto(a), progress: assignmentProgress(this.learnerCards.pace(a), today, seen) };
  }

  assignmentDto(a: AssignmentRecord): AssignmentDto {
    const cardCount = this.catalog.cardIdsOf(a.deckId).length;
    return {
      id: a.id,
      deckId: a.deckId,
      deckTitle: this.catalog.deck(a.deckId)?.title ?? a.deckId,
      cardCount,
      startDate: a.startDate,
      newPerDay: a.newPerDay,
      targetDate: a.targetDate,
      daysAtPace: Math.ceil(cardCount / a.newPerDay),
    };
  }

  private async withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write(newJoinCode());
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 4) throw error;
      }
    }
  }
}

export function cohortDto(c: CohortRecord): CohortDto {
  return {
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    invitePath: `/join/${c.joinCode}`,
    ownerName: c.ownerName,
    createdAt: c.createdAt.toISOString(),
    archived: c.archivedAt !== null,
    memberCount: c.memberCount,
  };
}

function alreadyAssigned(): ConflictException {
  return new ConflictException('This deck is already assigned to this cohort: change that assignment’s pace or dates instead');
}

export function memberDto(m: { userId: string; displayName: string; email: string; joinedAt: Date }): MemberDto {
  return { userId: m.userId, displayName: m.displayName, email: m.email, joinedAt: m.joinedAt.toISOString() };
}
