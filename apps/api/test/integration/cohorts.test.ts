import { randomUUID } from 'node:crypto';
import { cardsInDeck } from '@dermatome/data';
import { count, GOOD_PASSWORD, signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

type Client = Awaited<ReturnType<typeof signUp>>['client'];

async function reviewAll(client: Client, rating: 1 | 2 | 3 | 4 = 4, limit = 200): Promise<string[]> {
  const { data } = await client.GET('/api/study/queue', { params: { query: { limit } } });
  for (const c of data!.cards) {
    const res = await client.POST('/api/study/reviews', {
      body: { cardId: c.cardId, rating, reviewId: randomUUID(), durationMs: 3000, version: c.version },
    });
    if (res.response.status !== 201) throw new Error(JSON.stringify(res.error));
  }
  return data!.cards.map((c) => c.cardId);
}

describe('cohorts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-02T10:00:00Z'));
  });
  afterAll(() => t.close());

  it('lets an instructor create, rename, archive and restore a cohort, with a join code and invite link', async () => {
    const { client } = await signUp(t, { role: 'instructor' });
    const created = await client.POST('/api/cohorts', { body: { name: '  Neuro block B  ' } });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'Neuro block B', archived: false, memberCount: 0 });
    expect(created.data!.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(created.data!.invitePath).toBe(`/join/${created.data!.joinCode}`);
    const id = created.data!.id;
    const renamed = await client.PATCH('/api/cohorts/{cohortId}', {
      params: { path: { cohortId: id } },
      body: { name: 'Neuro block B (2026)' },
    });
    expect(renamed.data!.name).toBe('Neuro block B (2026)');
    const archived = await client.PATCH('/api/cohorts/{cohortId}', {
      params: { path: { cohortId: id } },
      body: { archived: true },
    });
    expect(archived.data!.archived).toBe(true);
    const restored = await client.PATCH('/api/cohorts/{cohortId}', {
      params: { path: { cohortId: id } },
      body: { archived: false },
    });
    expect(restored.data!.archived).toBe(false);
    const list = await client.GET('/api/cohorts');
    expect(list.data!.map((c) => c.id)).toContain(id);
    const bad = await client.POST('/api/cohorts', { body: { name: '' } });
    expect(bad.response.status).toBe(400);
    expect(bad.error!.message).toBe('name must be 1 to 100 characters long');
  });

  it('lets students join by code or while signing up, leave, and rejoin; the rotated code stops working', async () => {
    const teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Physio year 2' } })).data!;
    const preview = await t.http().get(`/api/join/${cohort.joinCode.toLowerCase()}`).expect(200);
    expect(preview.body).toEqual({
      cohortId: cohort.id,
      cohortName: 'Physio year 2',
      instructorName: 'Test Learner',
      archived: false,
      alreadyMember: false,
    });

    const sam = await signUp(t);
    const joined = await sam.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    expect(joined.response.status).toBe(201);
    expect(joined.data).toMatchObject({ cohortId: cohort.id, cohortName: 'Physio year 2', assignments: [] });
    const again = await sam.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    expect(again.response.status).toBe(409);
    const asMember = await sam.client.GET('/api/join/{code}', { params: { path: { code: cohort.joinCode } } });
    expect(asMember.data!.alreadyMember).toBe(true);

    const signing = await t.client().POST('/api/auth/register', {
      body: {
        email: `new-${randomUUID().slice(0, 6)}@example.edu`,
        password: GOOD_PASSWORD,
        displayName: 'Ada',
        joinCode: cohort.joinCode,
      },
    });
    expect(signing.response.status).toBe(201);
    const badCode = await t.client().POST('/api/auth/register', {
      body: { email: 'nocode@example.edu', password: GOOD_PASSWORD, displayName: 'Bo', joinCode: 'ZZZZZZZZ' },
    });
    expect(badCode.response.status).toBe(404);
    expect(await count(t, `SELECT count(*) AS n FROM users WHERE email = 'nocode@example.edu'`)).toBe(0);

    const roster = await teacher.client.GET('/api/cohorts/{cohortId}/members', { params: { path: { cohortId: cohort.id } } });
    expect(roster.data!.map((m) => m.displayName).sort()).toEqual(['Ada', 'Test Learner']);

    const rotated = await teacher.client.POST('/api/cohorts/{cohortId}/join-code', { params: { path: { cohortId: cohort.id } } });
    expect(rotated.data!.joinCode).not.toBe(cohort.joinCode);
    const late = await signUp(t);
    const stale = await late.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    expect(stale.response.status).toBe(404);
    expect(stale.error!.message).toMatch(/No cohort has this join code/);

    await sam.client.DELETE('/api/memberships/{cohortId}', { params: { path: { cohortId: cohort.id } } });
    expect((await sam.client.GET('/api/memberships')).data).toEqual([]);
    const back = await sam.client.POST('/api/memberships', { body: { code: rotated.data!.joinCode } });
    expect(back.response.status).toBe(201);
  });

  it('lets an instructor remove a student, who cannot rejoin by code; an archived cohort takes nobody', async () => {
    const teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Removal' } })).data!;
    const student = await signUp(t);
    await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    const removed = await teacher.client.DELETE('/api/cohorts/{cohortId}/members/{userId}', {
      params: { path: { cohortId: cohort.id, userId: student.user.id } },
    });
    expect(removed.response.status).toBe(204);
    const retry = await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    expect(retry.response.status).toBe(403);
    await teacher.client.PATCH('/api/cohorts/{cohortId}', {
      params: { path: { cohortId: cohort.id } },
      body: { archived: true },
    });
    const other = await signUp(t);
    const closed = await other.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    expect(closed.response.status).toBe(409);
    expect(closed.error!.message).toBe('This cohort is archived and takes no new members');
  });

  it('feeds an assigned deck into members’ queues at its pace from its start date, and keeps history when removed', async () => {
    t.clock.set(new Date('2026-11-02T10:00:00Z'));
    const teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Pacing' } })).data!;
    const student = await signUp(t);
    await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    await student.client.PUT('/api/study/settings', { body: { newPerDay: 0 } });

    const future = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId: cohort.id } },
      body: { deckId: 'red-flags', startDate: '2026-11-05', newPerDay: 3, targetDate: '2026-11-20' },
    });
    expect(future.data).toMatchObject({ deckId: 'red-flags', newPerDay: 3, cardCount: cardsInDeck('red-flags').length });
    expect((await student.client.GET('/api/study/queue')).data!.counts.new).toBe(0);

    t.clock.set(new Date('2026-11-05T10:00:00Z'));
    const queue = (await student.client.GET('/api/study/queue')).data!;
    expect(queue.counts.new).toBe(3);
    expect(queue.cards.every((c) => c.face.deck === 'red-flags')).toBe(true);
    const before = (await student.client.GET('/api/memberships')).data![0]!.assignments[0]!;
    expect(before.progress).toMatchObject({ seen: 0, expected: 3, status: 'behind', daysToTarget: 15 });
    const flags = async () =>
      (await teacher.client.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId: cohort.id } } })).data!
        .students[0]!.behind;
    expect(await flags()).toContain('behind the pace of an assignment');
    await reviewAll(student.client);
    const after = (await student.client.GET('/api/memberships')).data![0]!.assignments[0]!;
    expect(after.progress).toMatchObject({ seen: 3, expected: 3, status: 'on-track' });
    expect(await flags()).not.toContain('behind the pace of an assignment');

    // Two days later the pace allows six more (catching up the missed day).
    t.clock.set(new Date('2026-11-07T10:00:00Z'));
    expect((await student.client.GET('/api/study/queue')).data!.counts.new).toBe(6);

    const removed = await teacher.client.DELETE('/api/cohorts/{cohortId}/assignments/{assignmentId}', {
      params: { path: { cohortId: cohort.id, assignmentId: future.data!.id } },
    });
    expect(removed.response.status).toBe(204);
    expect((await student.client.GET('/api/study/queue')).data!.counts.new).toBe(0);
    expect(await count(t, 'SELECT count(*) AS n FROM review_logs WHERE user_id = $1', [student.user.id])).toBe(3);

    const invalid = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId: cohort.id } },
      body: { deckId: 'not-a-deck', startDate: '2026-11-05', newPerDay: 3 },
    });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error!.message).toMatch(/deckId "not-a-deck" is not a deck/);
    const backwards = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId: cohort.id } },
      body: { deckId: 'maps', startDate: '2026-11-10', newPerDay: 3, targetDate: '2026-11-01' },
    });
    expect(backwards.error!.message).toBe('targetDate must be on or after startDate');
    const impossible = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId: cohort.id } },
      body: { deckId: 'maps', startDate: '2026-02-30', newPerDay: 3 },
    });
    expect(impossible.error!.message).toBe('startDate must be a real calendar date written YYYY-MM-DD');
  });

  it('shows the dashboard, student detail and exports, and drops a student who leaves', async () => {
    const DAYS = 21; // 10 to 30 November
    t.clock.set(new Date('2026-11-10T09:00:00Z'));
    const teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Dashboard, "quoted" & co' } })).data!;
    const active = await signUp(t);
    const idle = await signUp(t);
    await active.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    await idle.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    await t.dataSource.query(`UPDATE users SET display_name = 'Doe, "JJ"' WHERE id = $1`, [active.user.id]);

    await reviewAll(active.client, 4, 20);
    // Three weeks on, the learnt cards are due: forget a few of them.
    t.clock.set(new Date('2026-11-30T09:00:00Z'));
    const due = (await active.client.GET('/api/study/queue', { params: { query: { limit: 5 } } })).data!.cards.filter(
      (c) => c.kind === 'review',
    );
    for (const c of due)
      await active.client.POST('/api/study/reviews', {
        body: { cardId: c.cardId, rating: 1, reviewId: randomUUID(), durationMs: 4000, version: c.version },
      });

    const dash = (await teacher.client.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId: cohort.id } } }))
      .data!;
    expect(dash.students.map((s) => s.displayName).sort()).toEqual(['Doe, "JJ"', 'Test Learner']);
    const a = dash.students.find((s) => s.userId === active.user.id)!;
    expect(a.mastery.map((r) => r.root)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
    expect(a.meanMastery).toBeGreaterThan(0);
    expect(a.mastery.some((r) => r.mastery > 0 && r.level !== 'not-started')).toBe(true);
    expect(a.reviewsTotal).toBe(20 + due.length);
    expect(due.length).toBeGreaterThan(0);
    expect(a.lastActive).toBe('2026-11-30');
    const l5mean = dash.cohortMastery.find((r) => r.root === 'L5')!;
    expect(l5mean.mastery).toBeCloseTo((a.mastery.find((r) => r.root === 'L5')!.mastery + 0) / 2, 3);
    const i = dash.students.find((s) => s.userId === idle.user.id)!;
    expect(i.behind).toContain('no reviews in 20 days since joining');
    expect(i.mastery.every((r) => r.level === 'not-started')).toBe(true);
    expect(dash.series.map((s) => s.root)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
    expect(dash.series[0]!.points).toHaveLength(DAYS);
    expect(dash.series[0]!.points[0]!.date).toBe('2026-11-10');
    expect(dash.series[0]!.points.at(-1)!.date).toBe('2026-11-30');
    // The idle member counts as zero: the cohort mean is half the active member's value.
    const root = a.mastery.find((r) => r.mastery > 0)!.root;
    const day10 = dash.series.find((s) => s.root === root)!.points[0]!.mastery;
    const own = await t.dataSource.query(
      `SELECT mastery FROM mastery_daily WHERE user_id = $1 AND root = $2 AND day = '2026-11-10'`,
      [active.user.id, root],
    );
    expect(day10).toBeCloseTo(Number(own[0].mastery) / 2, 4);
    expect(dash.activity.find((d) => d.date === '2026-11-10')!.reviews).toBe(20);
    expect(dash.mostLapsed.length).toBe(due.length);
    expect(dash.mostLapsed[0]).toMatchObject({ lapses: 1, learners: 1 });
    // The days between sessions were stored once, from the schedules (no log replay).
    expect(await count(t, `SELECT count(*) AS n FROM mastery_daily WHERE user_id = $1`, [active.user.id])).toBe(DAYS * 7);
    const weekly = (
      await teacher.client.GET('/api/cohorts/{cohortId}/dashboard', {
        params: { path: { cohortId: cohort.id }, query: { granularity: 'week' } },
      })
    ).data!;
    // 10 Nov 2026 is a Tuesday: weeks end on the 15th, 22nd and 29th; the 30th starts a new week.
    expect(weekly.series[0]!.points.map((p) => p.date)).toEqual(['2026-11-15', '2026-11-22', '2026-11-29', '2026-11-30']);

    const detail = (
      await teacher.client.GET('/api/cohorts/{cohortId}/students/{userId}', {
        params: { path: { cohortId: cohort.id, userId: active.user.id } },
      })
    ).data!;
    expect(detail.student.displayName).toBe('Doe, "JJ"');
    expect(detail.history.find((s) => s.root === root)!.points).toHaveLength(DAYS);
    expect(detail.reviewsTotal).toBe(a.reviewsTotal);

    const path = { params: { path: { cohortId: cohort.id } } };
    const roster = await teacher.client.GET('/api/cohorts/{cohortId}/export/roster.csv', { ...path, parseAs: 'text' });
    expect(roster.response.status).toBe(200);
    expect(roster.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(roster.response.headers.get('content-disposition')).toMatch(
      /attachment; filename="dashboard-quoted-co-roster-2026-11-30\.csv"/,
    );
    const lines = (roster.data as unknown as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'student_id,display_name,email,joined_at,last_active,reviews_total,reviews_7d,overdue_cards,L1_mastery,L1_coverage,L2_mastery,L2_coverage,L3_mastery,L3_coverage,L4_mastery,L4_coverage,L5_mastery,L5_coverage,S1_mastery,S1_coverage,S2_mastery,S2_coverage,exam_date,predicted_exam_recall,L1_predicted_exam_recall,L2_predicted_exam_recall,L3_predicted_exam_recall,L4_predicted_exam_recall,L5_predicted_exam_recall,S1_predicted_exam_recall,S2_predicted_exam_recall',
    );
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith(active.user.id))).toContain(`,"Doe, ""JJ""",${active.email},`);
    const withBom = await teacher.client.GET('/api/cohorts/{cohortId}/export/roster.csv', {
      params: { path: { cohortId: cohort.id }, query: { bom: 'true' } },
      parseAs: 'arrayBuffer',
    });
    expect([...new Uint8Array(withBom.data as unknown as ArrayBuffer).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const withoutBom = await teacher.client.GET('/api/cohorts/{cohortId}/export/roster.csv', { ...path, parseAs: 'arrayBuffer' });
    expect(new Uint8Array(withoutBom.data as unknown as ArrayBuffer)[0]).toBe('s'.charCodeAt(0));
    const daily = await teacher.client.GET('/api/cohorts/{cohortId}/export/mastery-daily.csv', { ...path, parseAs: 'text' });
    const dailyLines = (daily.data as unknown as string).trimEnd().split('\r\n');
    expect(dailyLines[0]).toBe('date,student_id,display_name,root,mastery,coverage,recall_in_30_days,seen_cards,total_cards');
    expect(dailyLines.length - 1).toBe(DAYS * 7);

    await active.client.DELETE('/api/memberships/{cohortId}', { params: { path: { cohortId: cohort.id } } });
    const afterLeave = (
      await teacher.client.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId: cohort.id } } })
    ).data!;
    expect(afterLeave.students.map((s) => s.userId)).toEqual([idle.user.id]);
    expect(afterLeave.activity.every((d) => d.reviews === 0)).toBe(true);
    const detailGone = await teacher.client.GET('/api/cohorts/{cohortId}/students/{userId}', {
      params: { path: { cohortId: cohort.id, userId: active.user.id } },
    });
    expect(detailGone.response.status).toBe(404);
    const exportAfter = await teacher.client.GET('/api/cohorts/{cohortId}/export/roster.csv', { ...path, parseAs: 'text' });
    expect(exportAfter.data as unknown as string).not.toContain(active.user.id);
  });
});

describe('who may see what (every cohort endpoint x every kind of caller)', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof signUp>>;
  let otherInstructor: Awaited<ReturnType<typeof signUp>>;
  let member: Awaited<ReturnType<typeof signUp>>;
  let outsider: Awaited<ReturnType<typeof signUp>>;
  let cohortId: string;
  let assignmentId: string;
  let memberId: string;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUp(t, { role: 'instructor' });
    otherInstructor = await signUp(t, { role: 'instructor' });
    member = await signUp(t);
    outsider = await signUp(t);
    const cohort = (await owner.client.POST('/api/cohorts', { body: { name: 'Matrix' } })).data!;
    cohortId = cohort.id;
    await member.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    assignmentId = (
      await owner.client.POST('/api/cohorts/{cohortId}/assignments', {
        params: { path: { cohortId } },
        body: { deckId: 'maps', startDate: '2026-11-01', newPerDay: 5 },
      })
    ).data!.id;
    memberId = member.user.id;
  });
  afterAll(() => t.close());

  type Call = { name: string; run: (client: ReturnType<TestApp['client']>) => Promise<{ response: Response }>; ok: number };
  const cohortCalls = (): Call[] => [
    { name: 'GET /cohorts/:id', run: (c) => c.GET('/api/cohorts/{cohortId}', { params: { path: { cohortId } } }), ok: 200 },
    {
      name: 'PATCH /cohorts/:id',
      run: (c) => c.PATCH('/api/cohorts/{cohortId}', { params: { path: { cohortId } }, body: { name: 'Matrix' } }),
      ok: 200,
    },
    {
      name: 'POST /cohorts/:id/join-code',
      run: (c) => c.POST('/api/cohorts/{cohortId}/join-code', { params: { path: { cohortId } } }),
      ok: 200,
    },
    {
      name: 'GET /cohorts/:id/members',
      run: (c) => c.GET('/api/cohorts/{cohortId}/members', { params: { path: { cohortId } } }),
      ok: 200,
    },
    {
      name: 'GET /cohorts/:id/assignments',
      run: (c) => c.GET('/api/cohorts/{cohortId}/assignments', { params: { path: { cohortId } } }),
      ok: 200,
    },
    {
      name: 'POST /cohorts/:id/assignments',
      run: (c) =>
        c.POST('/api/cohorts/{cohortId}/assignments', {
          params: { path: { cohortId } },
          body: { deckId: 'vignettes', startDate: '2026-11-01', newPerDay: 2 },
        }),
      ok: 201,
    },
    {
      name: 'GET /cohorts/:id/dashboard',
      run: (c) => c.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId } } }),
      ok: 200,
    },
    {
      name: 'GET /cohorts/:id/students/:userId',
      run: (c) => c.GET('/api/cohorts/{cohortId}/students/{userId}', { params: { path: { cohortId, userId: memberId } } }),
      ok: 200,
    },
    {
      name: 'GET /cohorts/:id/export/roster.csv',
      run: (c) => c.GET('/api/cohorts/{cohortId}/export/roster.csv', { params: { path: { cohortId } }, parseAs: 'text' }),
      ok: 200,
    },
    {
      name: 'GET /cohorts/:id/export/mastery-daily.csv',
      run: (c) => c.GET('/api/cohorts/{cohortId}/export/mastery-daily.csv', { params: { path: { cohortId } }, parseAs: 'text' }),
      ok: 200,
    },
    {
      name: 'DELETE /cohorts/:id/assignments/:aid',
      run: (c) =>
        c.DELETE('/api/cohorts/{cohortId}/assignments/{assignmentId}', { params: { path: { cohortId, assignmentId } } }),
      ok: 204,
    },
    {
      name: 'DELETE /cohorts/:id/members/:userId',
      run: (c) => c.DELETE('/api/cohorts/{cohortId}/members/{userId}', { params: { path: { cohortId, userId: memberId } } }),
      ok: 204,
    },
  ];

  it.each(cohortCalls().map((c) => [c.name, c] as const))(
    '%s: anonymous 401, students and other instructors 403, the owner succeeds',
    async (_name, call) => {
      expect((await call.run(t.client())).response.status).toBe(401);
      expect((await call.run(outsider.client)).response.status).toBe(403);
      expect((await call.run(member.client)).response.status).toBe(403);
      expect((await call.run(otherInstructor.client)).response.status).toBe(403);
      expect((await call.run(owner.client)).response.status).toBe(call.ok);
    },
  );

  it('limits creating and listing cohorts to instructors, each seeing only their own', async () => {
    expect((await t.client().POST('/api/cohorts', { body: { name: 'x' } })).response.status).toBe(401);
    expect((await member.client.POST('/api/cohorts', { body: { name: 'x' } })).response.status).toBe(403);
    expect((await outsider.client.GET('/api/cohorts')).response.status).toBe(403);
    const theirs = (await otherInstructor.client.GET('/api/cohorts')).data!;
    expect(theirs.map((c) => c.id)).not.toContain(cohortId);
    expect((await owner.client.GET('/api/cohorts')).data!.map((c) => c.id)).toContain(cohortId);
  });

  it('limits memberships to students', async () => {
    expect((await t.client().GET('/api/memberships')).response.status).toBe(401);
    expect((await owner.client.GET('/api/memberships')).response.status).toBe(403);
    expect((await otherInstructor.client.POST('/api/memberships', { body: { code: 'ABCDEFGH' } })).response.status).toBe(403);
    expect((await outsider.client.GET('/api/memberships')).data).toEqual([]);
    expect(
      (await outsider.client.DELETE('/api/memberships/{cohortId}', { params: { path: { cohortId } } })).response.status,
    ).toBe(404);
  });

  it('answers an unknown or malformed cohort id with 404', async () => {
    expect(
      (await owner.client.GET('/api/cohorts/{cohortId}', { params: { path: { cohortId: randomUUID() } } })).response.status,
    ).toBe(404);
    expect((await owner.client.GET('/api/cohorts/{cohortId}', { params: { path: { cohortId: 'nope' } } })).response.status).toBe(
      404,
    );
  });
});
