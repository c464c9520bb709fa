import { signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

/** Regressions from the fuzz of the write endpoints: each of these was a 500. */
describe('hostile input gets a 400 that names the field, never a 500', () => {
  let t: TestApp;
  let teacher: Awaited<ReturnType<typeof signUp>>;
  let student: Awaited<ReturnType<typeof signUp>>;
  let cohortId: string;
  let examId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T08:00:00Z'));
    teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Hostile input' } })).data!;
    cohortId = cohort.id;
    student = await signUp(t);
    await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    const exam = await teacher.client.POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId } },
      body: {
        title: 'Race quiz',
        deckId: 'dermatomes-of-the-leg',
        questionCount: 5,
        timeLimitMinutes: 10,
        opensAt: '2026-11-23T07:00:00Z',
        closesAt: '2026-11-23T20:00:00Z',
        attemptsAllowed: 3,
        resultsVisibility: 'at-submission',
      },
    });
    expect(exam.response.status).toBe(201);
    examId = exam.data!.id;
  });
  afterAll(() => t.close());

  it('refuses null in optional fields, naming the field', async () => {
    const settings = await student.client.PUT('/api/study/settings', { body: { newPerDay: null as never } });
    expect(settings.response.status).toBe(400);
    expect(settings.error!.details).toEqual([{ field: 'newPerDay', message: 'Must be a whole number' }]);

    const rename = await teacher.client.PATCH('/api/cohorts/{cohortId}', {
      params: { path: { cohortId } },
      body: { name: null as never },
    });
    expect(rename.response.status).toBe(400);
    expect(rename.error!.details!.map((d) => d.field)).toContain('name');

    const retitle = await teacher.client.PATCH('/api/exams/{examId}', {
      params: { path: { examId } },
      body: { title: null as never },
    });
    expect(retitle.response.status).toBe(400);
    expect(retitle.error!.details!.map((d) => d.field)).toContain('title');

    const practice = await student.client.POST('/api/exams/practice', {
      body: { deckId: 'dermatomes-of-the-leg', questionCount: 5, timeLimitMinutes: null as never, cardTypes: ['vignettes'] },
    });
    expect(practice.response.status).toBe(400);
    expect(practice.error!.details!.map((d) => d.field)).toContain('timeLimitMinutes');
    expect((await student.client.GET('/api/study/settings')).data!.newPerDay).toBe(20);
  });

  it('refuses a NUL byte in a path parameter, the query and any text of the body', async () => {
    const join = await t.http().get('/api/join/a%00b').expect(400);
    expect(join.body.details[0].field).toBe('path');
    const card = await t.http().get('/api/cards/x%00').expect(400);
    expect(card.body.statusCode).toBe(400);
    const name = await teacher.client.POST('/api/cohorts', { body: { name: 'Group\u0000B' } });
    expect(name.response.status).toBe(400);
    expect(name.error!.details).toEqual([{ field: 'name', message: 'Must not contain a NUL character (\\u0000)' }]);
    const query = await student.client.GET('/api/study/queue', { params: { query: { deckId: 'dermatomes\u0000' } } });
    expect(query.response.status).toBe(400);
    expect(query.error!.details![0]!.field).toBe('deckId');
  });

  it('refuses a lone surrogate in an e-mail address or any text', async () => {
    const res = await t.http().post('/api/auth/register').send({
      email: 'sam\ud800@example.edu',
      password: 'correct-horse-42',
      displayName: 'Sam',
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('email');
    const login = await t.http().post('/api/auth/login').send({ email: 'x@example.edu', password: 'pass\udc00word' });
    expect(login.status).toBe(400);
    expect(login.body.details[0].field).toBe('password');
  });

  it('refuses impossible dates that look like YYYY-MM-DD, everywhere a date is taken', async () => {
    const agent = t.agent();
    await agent.post('/api/auth/login').send({ email: student.email, password: 'correct-horse-42' }).expect(200);
    for (const q of ['from=2024-13-45', 'from=2024-02-30', 'to=2023-02-29']) {
      const reviews = await agent.get(`/api/study/reviews?${q}`).expect(400);
      expect(reviews.body.details[0].message).toMatch(/real calendar date/);
      expect(reviews.body.message).toMatch(/^(from|to) must be a real calendar date/);
      await agent.get(`/api/progress/mastery/history?${q}`).expect(400);
    }
    await agent.get('/api/progress/mastery/history?from=2024-02-29&to=2024-03-01').expect(200);
    const assign = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId } },
      body: { deckId: 'dermatomes-of-the-leg', startDate: '2026-02-30', newPerDay: 10 },
    });
    expect(assign.response.status).toBe(400);
    expect(assign.error!.details).toEqual([{ field: 'startDate', message: 'Must be a real calendar date written YYYY-MM-DD' }]);
  });

  it('refuses JSON nested 2,000 deep, and bodies over the size cap, before validation', async () => {
    const deep = '{"name":' + '['.repeat(2000) + ']'.repeat(2000) + '}';
    const res = await t.http().post('/api/cohorts').set('content-type', 'application/json').send(deep);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/nested too deeply/);
    expect(res.body.details).toEqual([{ field: null, message: res.body.message }]);
    const big = JSON.stringify({ name: 'x'.repeat(200 * 1024) });
    const tooBig = await t.http().post('/api/cohorts').set('content-type', 'application/json').send(big);
    expect(tooBig.status).toBe(413);
  });

  it('keeps /api/health fast while clients send 800 KB nested bodies', async () => {
    const nested = '['.repeat(400_000) + ']'.repeat(400_000);
    const flood = Array.from({ length: 4 }, () =>
      t.http().post('/api/study/settings').set('content-type', 'application/json').send(nested),
    );
    const started = performance.now();
    await t.http().get('/api/health').expect(200);
    const healthMs = performance.now() - started;
    const answers = await Promise.all(flood);
    for (const a of answers) expect(a.status).toBe(413);
    expect(healthMs).toBeLessThan(500);
  });

  it('answers 10 simultaneous starts of one exam with one attempt, never a 500', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => student.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId } } })),
    );
    expect(results.map((r) => r.response.status).filter((s) => s >= 300)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.id)).size).toBe(1);
    const rows: { n: string }[] = await t.dataSource.query(
      `SELECT count(*) AS n FROM exam_attempts WHERE exam_id = $1 AND user_id = $2`,
      [examId, student.user.id],
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('answers 10 simultaneous replacements of the extra-time list without a 500, leaving one of them', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        teacher.client.PUT('/api/exams/{examId}/accommodations', {
          params: { path: { examId } },
          body: { accommodations: [{ userId: student.user.id, extraTimePercent: 10 + i }] },
        }),
      ),
    );
    expect(results.map((r) => r.response.status)).toEqual(Array(10).fill(204));
    const rows: { n: string }[] = await t.dataSource.query(`SELECT count(*) AS n FROM exam_accommodations WHERE exam_id = $1`, [
      examId,
    ]);
    expect(Number(rows[0]!.n)).toBe(1);
    const twice = await teacher.client.PUT('/api/exams/{examId}/accommodations', {
      params: { path: { examId } },
      body: {
        accommodations: [
          { userId: student.user.id, extraTimePercent: 10 },
          { userId: student.user.id, extraTimePercent: 20 },
        ],
      },
    });
    expect(twice.response.status).toBe(400);
    expect(twice.error!.details![0]!.field).toBe('accommodations');
  });
});
