import { signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

/** Defects found in the screens, at the API: each of these could not be done before. */
describe('assignments, extra time and suspended cards', () => {
  let t: TestApp;
  let teacher: Awaited<ReturnType<typeof signUp>>;
  let student: Awaited<ReturnType<typeof signUp>>;
  let cohortId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T08:00:00Z'));
    teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Defects' } })).data!;
    cohortId = cohort.id;
    student = await signUp(t);
    await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
  });
  afterAll(() => t.close());

  it('assigns a deck once (the second is a 409) and lets the assignment be edited', async () => {
    const path = { cohortId };
    const first = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path },
      body: { deckId: 'dermatomes-of-the-leg', startDate: '2026-11-23', newPerDay: 10, targetDate: '2026-12-20' },
    });
    expect(first.response.status).toBe(201);
    const second = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path },
      body: { deckId: 'dermatomes-of-the-leg', startDate: '2026-11-24', newPerDay: 25 },
    });
    expect(second.response.status).toBe(409);
    expect(second.error!.message).toMatch(/already assigned/);

    const assignmentId = first.data!.id;
    const edited = await teacher.client.PATCH('/api/cohorts/{cohortId}/assignments/{assignmentId}', {
      params: { path: { cohortId, assignmentId } },
      body: { newPerDay: 15, targetDate: '2027-01-10' },
    });
    expect(edited.response.status).toBe(200);
    expect(edited.data).toMatchObject({ newPerDay: 15, targetDate: '2027-01-10', startDate: '2026-11-23' });
    const cleared = await teacher.client.PATCH('/api/cohorts/{cohortId}/assignments/{assignmentId}', {
      params: { path: { cohortId, assignmentId } },
      body: { targetDate: null },
    });
    expect(cleared.data!.targetDate).toBeNull();
    const bad = await teacher.client.PATCH('/api/cohorts/{cohortId}/assignments/{assignmentId}', {
      params: { path: { cohortId, assignmentId } },
      body: { targetDate: '2026-11-01' },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error!.details).toEqual([{ field: 'targetDate', message: 'Must be on or after the start date' }]);
    const byStudent = await student.client.PATCH('/api/cohorts/{cohortId}/assignments/{assignmentId}', {
      params: { path: { cohortId, assignmentId } },
      body: { newPerDay: 200 },
    });
    expect(byStudent.response.status).toBe(403);
    const list = (await teacher.client.GET('/api/cohorts/{cohortId}/assignments', { params: { path } })).data!;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ newPerDay: 15, targetDate: null });

    // Removed, the deck can be assigned again.
    await teacher.client.DELETE('/api/cohorts/{cohortId}/assignments/{assignmentId}', {
      params: { path: { cohortId, assignmentId } },
    });
    const again = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path },
      body: { deckId: 'dermatomes-of-the-leg', startDate: '2026-11-24', newPerDay: 12 },
    });
    expect(again.response.status).toBe(201);
  });

  it('tells a student with extra time their own time limit', async () => {
    const exam = await teacher.client.POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId } },
      body: {
        title: 'Timed quiz',
        deckId: 'dermatomes-of-the-leg',
        questionCount: 5,
        timeLimitMinutes: 10,
        opensAt: '2026-11-23T07:00:00Z',
        closesAt: '2026-11-23T20:00:00Z',
        attemptsAllowed: 1,
        resultsVisibility: 'at-submission',
        accommodations: [{ userId: student.user.id, extraTimePercent: 50 }],
      },
    });
    expect(exam.response.status).toBe(201);
    const mine = (await student.client.GET('/api/exams/mine')).data!;
    const entry = mine.find((e) => e.exam.id === exam.data!.id)!;
    expect(entry.exam.timeLimitMinutes).toBe(10);
    expect(entry.extraTimePercent).toBe(50);
    expect(entry.myTimeLimitSeconds).toBe(900);
  });

  it('lists the learner’s suspended cards, and unsuspending brings one back', async () => {
    const queue = (await student.client.GET('/api/study/queue', { params: { query: { limit: 3 } } })).data!;
    const [a, b] = queue.cards.map((c) => c.cardId);
    expect((await student.client.GET('/api/study/cards/suspended')).data).toEqual([]);
    await student.client.POST('/api/study/cards/{cardId}/suspend', { params: { path: { cardId: a! } } });
    await student.client.POST('/api/study/cards/{cardId}/suspend', { params: { path: { cardId: b! } } });
    const listed = (await student.client.GET('/api/study/cards/suspended')).data!;
    expect(listed.map((s) => s.face.id).sort()).toEqual([a, b].sort());
    expect(listed[0]).toMatchObject({ leech: false, lapses: 0 });
    expect(JSON.stringify(listed)).not.toMatch(/correctOptionId|explanation/);
    await student.client.POST('/api/study/cards/{cardId}/unsuspend', { params: { path: { cardId: a! } } });
    expect((await student.client.GET('/api/study/cards/suspended')).data!.map((s) => s.face.id)).toEqual([b]);
    expect((await teacher.client.GET('/api/study/cards/suspended')).data).toEqual([]);
  });
});
