import { randomUUID } from 'node:crypto';
import { PURGE_JOB } from '../../src/auth/purge.job';
import { EXAM_DEADLINE_JOB } from '../../src/exams/exams.service';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { MASTERY_ROLLUP_JOB } from '../../src/progress/mastery-rollup.job';
import { count, signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Polls the database (never the API) until `check` holds, or fails after `timeoutMs`. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function attemptRow(t: TestApp, attemptId: string) {
  const rows: { submitted_at: Date | null; auto_submitted: boolean; score: number | null }[] = await t.dataSource.query(
    `SELECT submitted_at, auto_submitted, score FROM exam_attempts WHERE id = $1`,
    [attemptId],
  );
  return rows[0]!;
}

describe('background jobs (pg-boss)', () => {
  describe('the exam deadline job', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('is sent with a timed attempt, in the same transaction, due at the deadline (plus the network grace)', async () => {
      const { client } = await signUp(t);
      const attempt = (
        await client.POST('/api/exams/practice', {
          body: { deckId: 'dermatomes-of-the-leg', questionCount: 5, timeLimitMinutes: 10, cardTypes: ['vignettes'] },
        })
      ).data!;
      const jobs: { state: string; start_after: Date; data: { attemptId: string } }[] = await t.dataSource.query(
        `SELECT state, start_after, data FROM pgboss.job WHERE name = $1 AND id = $2`,
        [EXAM_DEADLINE_JOB, attempt.id],
      );
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.state).toBe('created');
      expect(jobs[0]!.data).toEqual({ attemptId: attempt.id });
      expect(new Date(jobs[0]!.start_after).getTime()).toBe(new Date(attempt.deadlineAt!).getTime() + 3000);
      // An untimed attempt has no deadline and no job.
      const untimed = (
        await client.POST('/api/exams/practice', {
          body: { deckId: 'dermatomes-of-the-leg', questionCount: 5, cardTypes: ['vignettes'] },
        })
      ).data!;
      expect(await count(t, `SELECT count(*) AS n FROM pgboss.job WHERE id = $1`, [untimed.id])).toBe(0);
    });

    it('a lapsed attempt locks nothing, before anything has submitted it', async () => {
      const { client } = await signUp(t);
      const attempt = (
        await client.POST('/api/exams/practice', {
          body: { deckId: 'dermatomes-of-the-leg', questionCount: 5, timeLimitMinutes: 1, cardTypes: ['vignettes'] },
        })
      ).data!;
      const cardId = attempt.questions[0]!.face.id;
      const reveal = () => client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId } }, body: {} });
      expect((await reveal()).response.status).toBe(409);
      // The app's clock passes the deadline; the queue's has not, so the job has not run.
      t.clock.advance(MINUTE + 5000);
      expect((await reveal()).response.status).toBe(200);
      const review = await client.POST('/api/study/reviews', {
        body: { cardId, rating: 3, reviewId: randomUUID(), durationMs: 2000, version: 0 },
      });
      expect(review.response.status).toBe(201);
      expect((await attemptRow(t, attempt.id)).submitted_at).toBeNull();
    });
  });

  describe('an abandoned attempt', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('is submitted by the job at its deadline, and its cards come back to the review queue, with no request touching it', async () => {
      const { client } = await signUp(t);
      // The attempt started 12 minutes ago with 10 minutes to go: its deadline passed 2 minutes ago
      // on every clock (the app's, and the database's that pg-boss schedules by).
      t.clock.advance(-12 * MINUTE);
      const attempt = (
        await client.POST('/api/exams/practice', {
          body: { deckId: 'vignettes', questionCount: 100, timeLimitMinutes: 10, cardTypes: ['vignettes'] },
        })
      ).data!;
      t.clock.advance(12 * MINUTE);
      const examCards = attempt.questions.map((q) => q.face.id);
      const answered = attempt.questions[0]!.face.id;

      await eventually(async () => (await attemptRow(t, attempt.id)).submitted_at !== null, 'the deadline job');
      const row = await attemptRow(t, attempt.id);
      expect(row.auto_submitted).toBe(true);
      expect(new Date(row.submitted_at!).toISOString()).toBe(attempt.deadlineAt);
      expect(Number(row.score)).toBe(0);
      const job: { state: string }[] = await t.dataSource.query(`SELECT state FROM pgboss.job WHERE id = $1`, [attempt.id]);
      expect(job[0]!.state).toBe('completed');

      // Every one of the exam's cards is studyable again: the queue serves them (up to the new-card limit).
      await client.PUT('/api/study/settings', { body: { newPerDay: 200 } });
      const queue = (await client.GET('/api/study/queue', { params: { query: { deckId: 'vignettes', limit: 200 } } })).data!;
      const queued = new Set(queue.cards.map((c) => c.cardId));
      expect(examCards.filter((id) => !queued.has(id))).toEqual([]);
      const reveal = await client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: answered } }, body: {} });
      expect(reveal.response.status).toBe(200);
    });
  });

  describe('the purge job', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('deletes expired sessions and rate-limit rows whose window has closed, and nothing else', async () => {
      const old = await signUp(t);
      t.clock.advance(31 * DAY);
      const current = await signUp(t);
      await t.dataSource.query(
        `INSERT INTO rate_limits (key, hits, reset_at) VALUES ('account:closed@example.edu', 4, now() - interval '1 minute'),
           ('account:open@example.edu', 2, now() + interval '10 minutes')`,
      );
      const sessionsOf = (userId: string) => count(t, `SELECT count(*) AS n FROM sessions WHERE user_id = $1`, [userId]);
      expect(await sessionsOf(old.user.id)).toBe(1);

      await t.app.get(JobQueue).send(PURGE_JOB, {});
      await eventually(async () => (await sessionsOf(old.user.id)) === 0, 'the purge job');
      await eventually(
        async () => (await count(t, `SELECT count(*) AS n FROM rate_limits WHERE key = 'account:closed@example.edu'`)) === 0,
        'the closed rate-limit window to go',
      );
      expect(await sessionsOf(current.user.id)).toBe(1);
      expect(await count(t, `SELECT count(*) AS n FROM rate_limits WHERE key = 'account:open@example.edu'`)).toBe(1);
      expect((await current.client.GET('/api/auth/me')).response.status).toBe(200);
    });

    it('runs on a schedule, one job at a time whatever the number of instances', async () => {
      const rows: { name: string; cron: string }[] = await t.dataSource.query(
        `SELECT name, cron FROM pgboss.schedule WHERE name = ANY($1) ORDER BY name`,
        [[PURGE_JOB, MASTERY_ROLLUP_JOB]],
      );
      expect(rows).toEqual([
        { name: MASTERY_ROLLUP_JOB, cron: '*/15 * * * *' },
        { name: PURGE_JOB, cron: '17 * * * *' },
      ]);
      const queues: { name: string; policy: string }[] = await t.dataSource.query(
        `SELECT name, policy FROM pgboss.queue WHERE name = ANY($1) ORDER BY name`,
        [[PURGE_JOB, MASTERY_ROLLUP_JOB]],
      );
      expect(queues.map((q) => q.policy)).toEqual(['singleton', 'singleton']);
    });
  });

  describe('the nightly mastery roll-up', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
      t.clock.set(new Date('2026-11-02T10:00:00Z'));
    });
    afterAll(() => t.close());

    it('stores the days a learner did not study, soon after a dashboard had to compute them, and the dashboard shows the same before and after', async () => {
      const teacher = await signUp(t, { role: 'instructor' });
      const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Roll-up cohort' } })).data!;
      const student = await signUp(t);
      await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
      const { data: queue } = await student.client.GET('/api/study/queue', { params: { query: { limit: 10 } } });
      // Easy graduates a new card at once: cards still in their learning steps count 0 towards mastery.
      for (const c of queue!.cards) {
        await student.client.POST('/api/study/reviews', {
          body: { cardId: c.cardId, rating: 4, reviewId: randomUUID(), durationMs: 3000, version: c.version },
        });
      }
      // A second student in another time zone, with other cards: the dashboard computes both
      // students' missing days in one batch, each in their own day.
      const other = await signUp(t, { timeZone: 'America/New_York' });
      await other.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
      const { data: otherQueue } = await other.client.GET('/api/study/queue', { params: { query: { limit: 4 } } });
      for (const c of otherQueue!.cards) {
        await other.client.POST('/api/study/reviews', {
          body: { cardId: c.cardId, rating: 4, reviewId: randomUUID(), durationMs: 3000, version: c.version },
        });
      }
      const storedOf = (userId: string) =>
        count(t, `SELECT count(*) AS n FROM mastery_daily WHERE user_id = $1 AND root = 'L1'`, [userId]);
      const stored = () => storedOf(student.user.id);
      expect(await stored()).toBe(1);

      // Four days later, before the roll-up has run: the student's page computes the missing days
      // and writes nothing; the dashboard computes them too, and asks for a roll-up, which stores them.
      t.clock.advance(4 * DAY);
      const dashboard = () =>
        teacher.client.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId: cohort.id } } });
      const detailBefore = (
        await teacher.client.GET('/api/cohorts/{cohortId}/students/{userId}', {
          params: { path: { cohortId: cohort.id, userId: student.user.id } },
        })
      ).data!;
      expect(await stored()).toBe(1);
      const rollups = () => count(t, `SELECT count(*) AS n FROM pgboss.job WHERE name = $1`, [MASTERY_ROLLUP_JOB]);
      const queuedBefore = await rollups();
      const before = (await dashboard()).data!;
      expect(before.students.map((x) => x.meanMastery > 0)).toEqual([true, true]);
      expect(await rollups()).toBe(queuedBefore + 1);
      await eventually(async () => (await stored()) === 4, 'the roll-up of 2026-11-03 to 2026-11-05');
      await eventually(async () => (await storedOf(other.user.id)) === 4, 'the other student’s roll-up');
      const days: { d: string }[] = await t.dataSource.query(
        `SELECT to_char(day, 'YYYY-MM-DD') AS d FROM mastery_daily WHERE user_id = $1 AND root = 'L1' ORDER BY day`,
        [student.user.id],
      );
      expect(days.map((r) => r.d)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);

      const after = (await dashboard()).data!;
      expect(after.students).toEqual(before.students);
      expect(after.series).toEqual(before.series);
      const detailAfter = (
        await teacher.client.GET('/api/cohorts/{cohortId}/students/{userId}', {
          params: { path: { cohortId: cohort.id, userId: student.user.id } },
        })
      ).data!;
      expect(detailAfter.history).toEqual(detailBefore.history);

      // Run again: nothing left to do, nothing changes.
      await t.app.get(JobQueue).send(MASTERY_ROLLUP_JOB, {});
      await eventually(
        async () =>
          (await count(t, `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [
            MASTERY_ROLLUP_JOB,
          ])) === 2,
        'the second roll-up',
      );
      expect(await stored()).toBe(4);
    });
  });
});
