import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { UsersRepository } from '../auth/users.repository';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { newJoinCode } from '../cohorts/cohorts.service';
import { CLOCK, type Clock } from '../common/clock';
import { CardCatalog } from '../content/card-catalog.service';
import { simulateLearner } from '../core/simulate';
import { addDaysToDate, studyDate } from '../core/study-day';
import { ActivityRepository } from '../learning/activity.repository';
import { CardStatesRepository } from '../learning/card-states.repository';
import { LearnerDecksRepository } from '../learning/learner-decks.repository';
import { ReviewLogsRepository } from '../learning/review-logs.repository';
import { writeSimulatedHistory } from '../learning/simulated-history';
import { DEFAULT_STUDY_SETTINGS, StudySettingsRepository } from '../learning/study-settings.repository';
import { MasteryService } from '../progress/mastery.service';

/** The demo logins the README gives. For a local trial only: SEED_DEMO is off for a real PostgreSQL by default. */
export const DEMO_ACCOUNTS = {
  student: { email: 'student@example.com', password: 'dermatome-demo-1', displayName: 'Sam Okafor (demo student)' },
  instructor: { email: 'instructor@example.com', password: 'dermatome-demo-1', displayName: 'Dr. Ines Weber (demo instructor)' },
} as const;

const HISTORY_DAYS = 42;

/** The demo instructor's class: the demo student and classmates who study more or less regularly. */
const DEMO_COHORT = {
  name: 'Neuro block, group B (demo)',
  classmates: [
    { name: 'Amira Haddad', skipChance: 0.05, stopDaysAgo: 1, newPerDay: 10 },
    { name: 'Jonas Berg', skipChance: 0.3, stopDaysAgo: 1, newPerDay: 4 },
    { name: 'Priya Nair', skipChance: 0.1, stopDaysAgo: 1, newPerDay: 7 },
    { name: 'Tomás Ortega', skipChance: 0.5, stopDaysAgo: 6, newPerDay: 3 },
    { name: 'Lea Novak', skipChance: 0.2, stopDaysAgo: 2, newPerDay: 6 },
  ],
};

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CardCatalog,
    private readonly users: UsersRepository,
    private readonly settings: StudySettingsRepository,
    private readonly learnerDecks: LearnerDecksRepository,
    private readonly states: CardStatesRepository,
    private readonly logs: ReviewLogsRepository,
    private readonly mastery: MasteryService,
    private readonly activity: ActivityRepository,
    private readonly cohorts: CohortsRepository,
  ) {}

  /** Creates the demo accounts, and six weeks of the student's reviews, on a database with no users. */
  async seedIfEmpty(): Promise<boolean> {
    const [studentHash, instructorHash] = await Promise.all([
      hashPassword(DEMO_ACCOUNTS.student.password),
      hashPassword(DEMO_ACCOUNTS.instructor.password),
    ]);
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('demo-seed'))`);
      if ((await this.users.count(m)) > 0) return false;
      const now = this.clock.now();
      const instructor = await this.users.create(m, {
        ...DEMO_ACCOUNTS.instructor,
        role: 'instructor',
        passwordHash: instructorHash,
        instructorVerified: true,
      });
      await this.settings.save(m, instructor.id, {});
      const student = await this.createLearner(m, DEMO_ACCOUNTS.student.email, DEMO_ACCOUNTS.student.displayName, studentHash);
      let reviews = await this.simulateHistory(m, student, {
        seed: 20261123,
        skipChance: 0.15,
        days: HISTORY_DAYS,
        stopDaysAgo: 1,
        newPerDay: 8,
      });
      // A class for the instructor to follow: the demo student and classmates with different habits.
      const cohortId = await this.cohorts.create(m, instructor.id, DEMO_COHORT.name, newJoinCode(), daysAgo(now, HISTORY_DAYS));
      await this.cohorts.addAssignment(m, {
        cohortId,
        deckId: this.catalog.builtInDeckId,
        startDate: studyDate(daysAgo(now, HISTORY_DAYS), DEFAULT_STUDY_SETTINGS),
        newPerDay: 10,
        targetDate: null,
      });
      await this.cohorts.join(m, cohortId, student, daysAgo(now, HISTORY_DAYS));
      for (const [i, classmate] of DEMO_COHORT.classmates.entries()) {
        // Classmates cannot sign in: their password hash is not a hash of anything.
        const id = await this.createLearner(m, `classmate-${i + 1}@example.com`, classmate.name, 'demo-classmate-no-login');
        await this.cohorts.join(m, cohortId, id, daysAgo(now, HISTORY_DAYS));
        reviews += await this.simulateHistory(m, id, { seed: 1000 + i, days: HISTORY_DAYS, ...classmate });
      }
      this.logger.log(
        `Demo accounts created (${DEMO_ACCOUNTS.student.email}, ${DEMO_ACCOUNTS.instructor.email}) with the cohort "${DEMO_COHORT.name}"; ${reviews} simulated reviews over ${HISTORY_DAYS} days`,
      );
      return true;
    });
  }

  private async createLearner(m: EntityManager, email: string, displayName: string, passwordHash: string): Promise<string> {
    const user = await this.users.create(m, { email, displayName, role: 'student', passwordHash });
    await this.settings.save(m, user.id, {});
    await this.learnerDecks.add(m, user.id, this.catalog.builtInDeckId);
    return user.id;
  }

  private async simulateHistory(
    m: EntityManager,
    userId: string,
    habit: { seed: number; skipChance: number; days: number; stopDaysAgo: number; newPerDay: number },
  ): Promise<number> {
    const now = this.clock.now();
    const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: habit.newPerDay };
    const today = studyDate(now, settings);
    const history = simulateLearner({
      cards: this.catalog.cards,
      settings,
      from: addDaysToDate(today, -habit.days),
      to: addDaysToDate(today, -habit.stopDaysAgo),
      skipChance: habit.skipChance,
      notAfter: now,
      seed: habit.seed,
    });
    await writeSimulatedHistory(m, { logs: this.logs, states: this.states }, userId, history);
    await this.activity.rebuild(m, userId);
    await this.mastery.rebuild(m, userId, now, settings);
    return history.reviews.length;
  }
}
