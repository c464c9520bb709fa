import { cardById, expectedAnswer, type Card } from '@dermatome/data';
import { blueprintRoot } from '../../src/core/exam-draw';
import { signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

type Client = Awaited<ReturnType<typeof signUp>>['client'];

const MINUTE = 60_000;

/** The right answer to a question, worked out from the card bank (the test plays a student who knows). */
function rightAnswer(card: Card) {
  if (card.answer.kind === 'choice') return { optionId: card.answer.correctOptionId };
  if (card.answer.kind === 'click') {
    // the spot the data package shows as "the right spot" (a key point, or well inside the zone or territory)
    const expected = expectedAnswer(card);
    if (expected.kind !== 'click' || !expected.point) throw new Error(`no point to click for ${card.id}`);
    return { view: card.answer.view, x: expected.point.x, y: expected.point.y };
  }
  throw new Error('flip cards are not in exams');
}

function wrongAnswer(card: Card) {
  if (card.answer.kind === 'choice')
    return {
      optionId: card.answer.options.find((o) => o.id !== (card.answer as { correctOptionId: string }).correctOptionId)!.id,
    };
  return { view: (card.answer as { view: string }).view, x: -10, y: -10 };
}

async function answer(client: Client, attemptId: string, position: number, given: object) {
  return client.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
    params: { path: { attemptId, position } },
    body: { answer: given as never },
  });
}

describe('practice exams', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T10:00:00Z'));
  });
  afterAll(() => t.close());

  it('draws questions without repeats, balanced across roots, and never sends their answers', async () => {
    const { client } = await signUp(t);
    const { data, response } = await client.POST('/api/exams/practice', {
      body: { deckId: 'dermatomes-of-the-leg', questionCount: 21, timeLimitMinutes: 20, cardTypes: ['vignettes', 'locate'] },
    });
    expect(response.status).toBe(201);
    const ids = data!.questions.map((q) => q.face.id);
    expect(ids).toHaveLength(21);
    expect(new Set(ids).size).toBe(21);
    for (const q of data!.questions) expect(['vignette', 'peripheral', 'locate']).toContain(q.face.type);
    const perRoot = new Map<string, number>();
    for (const id of ids) perRoot.set(blueprintRoot(cardById(id)!), (perRoot.get(blueprintRoot(cardById(id)!)) ?? 0) + 1);
    expect(Math.max(...perRoot.values()) - Math.min(...perRoot.values())).toBeLessThanOrEqual(1);
    expect(JSON.stringify(data)).not.toMatch(/correctOptionId|"explanation"|"answerText"|"expected"/);
    expect(data!.remainingSeconds).toBe(1200);
    expect(data!.deadlineAt).toBe('2026-11-23T10:20:00.000Z');
    expect(data!.serverNow).toBe('2026-11-23T10:00:00.000Z');
  });

  it('saves every answer as it is given, so a reload resumes; keeps the exam cards out of reviews until submitted', async () => {
    const { client } = await signUp(t);
    const attempt = (
      await client.POST('/api/exams/practice', {
        body: { deckId: 'dermatomes-of-the-leg', questionCount: 6, timeLimitMinutes: 10, cardTypes: ['vignettes', 'red-flags'] },
      })
    ).data!;
    const first = cardById(attempt.questions[0]!.face.id)!;
    await answer(client, attempt.id, 1, rightAnswer(first));
    await client.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
      params: { path: { attemptId: attempt.id, position: 2 } },
      body: { flagged: true },
    });
    t.clock.advance(2 * MINUTE);
    const reloaded = (await client.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId: attempt.id } } })).data!;
    expect(reloaded.questions[0]!.answer).toEqual(rightAnswer(first));
    expect(reloaded.questions[1]).toMatchObject({ flagged: true, answer: null });
    expect(reloaded.remainingSeconds).toBe(8 * 60);
    expect(JSON.stringify(reloaded)).not.toMatch(/correctOptionId|"explanation"/);

    const reveal = await client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: first.id } }, body: {} });
    expect(reveal.response.status).toBe(409);
    expect(reveal.error!.message).toMatch(/in an exam you are taking/);
    const queue = (await client.GET('/api/study/queue', { params: { query: { limit: 200 } } })).data!;
    expect(queue.cards.map((c) => c.cardId)).not.toContain(first.id);
  });

  it('scores the submission and reports per root and card type, with every right answer and explanation', async () => {
    const { client } = await signUp(t);
    const attempt = (
      await client.POST('/api/exams/practice', {
        body: { deckId: 'dermatomes-of-the-leg', questionCount: 8, cardTypes: ['vignettes', 'key-points', 'disc-levels'] },
      })
    ).data!;
    expect(attempt.deadlineAt).toBeNull();
    const cards = attempt.questions.map((q) => cardById(q.face.id)!);
    for (const [i, card] of cards.entries())
      await answer(client, attempt.id, i + 1, i < 5 ? rightAnswer(card) : wrongAnswer(card));
    t.clock.advance(7 * MINUTE);
    const submitted = (
      await client.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: attempt.id } } })
    ).data!;
    expect(submitted.resultsAvailable).toBe(true);
    const report = submitted.report!;
    expect(report).toMatchObject({ score: 5, maxScore: 8, percent: 62.5, durationSeconds: 420, autoSubmitted: false });
    expect(report.byRoot.reduce((n, b) => n + b.questions, 0)).toBe(8);
    expect(report.byType.reduce((n, b) => n + b.score, 0)).toBe(5);
    const wrong = report.questions.filter((q) => !q.correct);
    expect(wrong).toHaveLength(3);
    for (const q of wrong) {
      const card = cardById(q.face.id)!;
      expect(q.explanation).toBe(card.explanation);
      expect(q.answerText).toBe(card.answerText);
      expect(q.answer).toEqual(wrongAnswer(card));
    }
    const again = await client.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: attempt.id } } });
    expect(again.response.status).toBe(409);
    expect(again.error!.message).toBe('This attempt was already submitted');
    const late = await answer(client, attempt.id, 1, wrongAnswer(cards[0]!));
    expect(late.response.status).toBe(409);
    const results = (await client.GET('/api/progress/exams')).data!;
    expect(results[0]).toMatchObject({ attemptId: attempt.id, percent: 62.5 });
    const practice = (await client.GET('/api/exams/practice')).data!;
    expect(practice).toEqual([
      expect.objectContaining({ attemptId: attempt.id, percent: 62.5, questionCount: 8, tutorMode: false }),
    ]);

    // Missed cards come forward: the unseen ones are the first new cards of the queue now.
    const missed = wrong.map((q) => q.face.id);
    const queue = (await client.GET('/api/study/queue', { params: { query: { limit: 3 } } })).data!;
    expect(queue.cards.map((c) => c.cardId).sort()).toEqual([...missed].sort());
  });

  it('refuses answers after the time limit and submits the attempt automatically', async () => {
    const { client } = await signUp(t);
    const attempt = (
      await client.POST('/api/exams/practice', {
        body: { deckId: 'dermatomes-of-the-leg', questionCount: 5, timeLimitMinutes: 1, cardTypes: ['vignettes'] },
      })
    ).data!;
    const card = cardById(attempt.questions[0]!.face.id)!;
    await answer(client, attempt.id, 1, rightAnswer(card));
    t.clock.advance(MINUTE + 5000);
    const late = await answer(client, attempt.id, 2, rightAnswer(cardById(attempt.questions[1]!.face.id)!));
    expect(late.response.status).toBe(409);
    expect(late.error!.message).toMatch(/^Time ran out at .*; your saved answers were submitted automatically$/);
    const view = (await client.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId: attempt.id } } })).data!;
    expect(view).toMatchObject({ autoSubmitted: true, submittedAt: attempt.deadlineAt, remainingSeconds: null });
    const submit = await client.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: attempt.id } } });
    expect(submit.response.status).toBe(409);
    const report = (await client.GET('/api/exams/attempts/{attemptId}/report', { params: { path: { attemptId: attempt.id } } }))
      .data!;
    expect(report.score).toBe(1);
  });

  it('gives the explanation after each question in tutor mode, and keeps that answer', async () => {
    const { client } = await signUp(t);
    const bad = await client.POST('/api/exams/practice', {
      body: { deckId: 'vignettes', questionCount: 5, timeLimitMinutes: 5, tutorMode: true, cardTypes: ['vignettes'] },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error!.message).toMatch(/Tutor mode is untimed/);
    const attempt = (
      await client.POST('/api/exams/practice', {
        body: { deckId: 'vignettes', questionCount: 5, tutorMode: true, cardTypes: ['vignettes'] },
      })
    ).data!;
    expect(attempt.questions.every((q) => q.feedback === null)).toBe(true);
    const card = cardById(attempt.questions[0]!.face.id)!;
    const after = (await answer(client, attempt.id, 1, wrongAnswer(card))).data!;
    expect(after.questions[0]!.feedback).toMatchObject({ correct: false, explanation: card.explanation });
    expect(after.questions[1]!.feedback).toBeNull();
    const change = await answer(client, attempt.id, 1, rightAnswer(card));
    expect(change.response.status).toBe(409);
  });

  it.each([
    [{ questionCount: 3 }, 'questionCount must be a whole number from 5 to 100'],
    [{ cardTypes: [] }, 'choose at least one kind of question'],
    [{ cardTypes: ['gossip'] }, 'each of cardTypes must be one of'],
    [{ deckId: 'nope' }, 'No deck with id "nope"'],
    [{ deckId: 'examination', cardTypes: ['locate'] }, 'This deck has no questions of the kinds chosen'],
  ])('rejects a bad practice request %j', async (patch, message) => {
    const { client } = await signUp(t);
    const res = await client.POST('/api/exams/practice', {
      body: { deckId: 'dermatomes-of-the-leg', questionCount: 10, cardTypes: ['vignettes'], ...patch } as never,
    });
    expect([400, 404]).toContain(res.response.status);
    expect(res.error!.message).toContain(message);
  });
});

describe('assigned exams', () => {
  let t: TestApp;
  let teacher: Awaited<ReturnType<typeof signUp>>;
  let students: Awaited<ReturnType<typeof signUp>>[];
  let outsider: Awaited<ReturnType<typeof signUp>>;
  let cohortId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T08:00:00Z'));
    teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Exam cohort' } })).data!;
    cohortId = cohort.id;
    students = [];
    for (let i = 0; i < 4; i++) {
      const s = await signUp(t);
      await s.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
      students.push(s);
    }
    outsider = await signUp(t);
  });
  afterAll(() => t.close());

  it('runs from creation to the instructor’s item analysis', async () => {
    const vignettes = ['vignettes', 'red-flags'] as const;
    const create = await teacher.client.POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId } },
      body: {
        title: 'Week 6 quiz',
        deckId: 'dermatomes-of-the-leg',
        questionCount: 6,
        cardTypes: [...vignettes],
        timeLimitMinutes: 30,
        opensAt: '2026-11-23T09:00:00Z',
        closesAt: '2026-11-23T17:00:00Z',
        attemptsAllowed: 2,
        resultsVisibility: 'after-close',
        accommodations: [{ userId: students[0]!.user.id, extraTimePercent: 50 }],
      },
    });
    expect(create.response.status).toBe(201);
    const exam = create.data!;
    expect(exam).toMatchObject({ kind: 'assigned', questionCount: 6, timeLimitMinutes: 30, window: 'upcoming' });

    const early = await students[1]!.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } });
    expect(early.response.status).toBe(409);
    expect(early.error!.message).toBe('This exam opens at 2026-11-23T09:00:00.000Z');
    expect(
      (await outsider.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } })).response.status,
    ).toBe(404);

    t.clock.set(new Date('2026-11-23T10:00:00Z'));
    const mine = (await students[0]!.client.GET('/api/exams/mine')).data!;
    expect(mine[0]).toMatchObject({ cohortName: 'Exam cohort', attemptsUsed: 0, canStart: true });
    // Student k answers the first (4 - k) questions of the form (by card id) right: a clear ability gradient.
    const attempts = [];
    for (const [k, s] of students.entries()) {
      const attempt = (await s.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } })).data!;
      attempts.push(attempt);
      const form = [...attempt.questions].sort((a, b) => a.face.id.localeCompare(b.face.id));
      for (const [i, q] of form.entries())
        await answer(
          s.client,
          attempt.id,
          q.position,
          i < 4 - k ? rightAnswer(cardById(q.face.id)!) : wrongAnswer(cardById(q.face.id)!),
        );
    }
    // Extra time for the accommodated student: 30 minutes + 50%.
    expect(attempts[0]!.deadlineAt).toBe('2026-11-23T10:45:00.000Z');
    expect(attempts[1]!.deadlineAt).toBe('2026-11-23T10:30:00.000Z');
    // Nobody reads another learner's attempt.
    expect(
      (await students[1]!.client.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId: attempts[0]!.id } } }))
        .response.status,
    ).toBe(404);

    for (const [k, s] of students.entries()) {
      const res = (
        await s.client.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: attempts[k]!.id } } })
      ).data!;
      expect(res).toMatchObject({ resultsAvailable: false, resultsAvailableAt: '2026-11-23T17:00:00.000Z', report: null });
    }
    const hidden = await students[0]!.client.GET('/api/exams/attempts/{attemptId}/report', {
      params: { path: { attemptId: attempts[0]!.id } },
    });
    expect(hidden.response.status).toBe(403);
    expect(hidden.error!.message).toBe('Results are shown after the exam closes, at 2026-11-23T17:00:00.000Z');

    // A second attempt is allowed and does not change the first-attempt item analysis.
    const second = (await students[3]!.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } }))
      .data!;
    expect(second.attemptNumber).toBe(2);
    for (const q of second.questions) await answer(students[3]!.client, second.id, q.position, rightAnswer(cardById(q.face.id)!));
    await students[3]!.client.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: second.id } } });
    const third = await students[3]!.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } });
    expect(third.response.status).toBe(409);
    expect(third.error!.message).toBe('You have used all 2 attempts at this exam');

    const results = (await teacher.client.GET('/api/exams/{examId}/results', { params: { path: { examId: exam.id } } })).data!;
    expect(results.firstAttempts).toBe(4);
    for (const item of results.items) {
      const chosen = (item.options ?? []).reduce((n, o) => n + o.count, 0);
      expect(chosen + item.unanswered).toBe(4);
      if (item.options) expect(item.options.filter((o) => o.correct)).toHaveLength(1);
    }
    const firstOf0 = results.students.find((s) => s.userId === students[0]!.user.id)!.firstAttemptId!;
    const seen = await teacher.client.GET('/api/exams/{examId}/attempts/{attemptId}/report', {
      params: { path: { examId: exam.id, attemptId: firstOf0 } },
    });
    expect(seen.data!.percent).toBe(66.7);
    const other = await signUp(t, { role: 'instructor' });
    expect(
      (
        await other.client.GET('/api/exams/{examId}/attempts/{attemptId}/report', {
          params: { path: { examId: exam.id, attemptId: firstOf0 } },
        })
      ).response.status,
    ).toBe(403);
    expect(results.students.map((s) => s.firstPercent).sort()).toEqual([16.7, 33.3, 50, 66.7]);
    expect(results.students.find((s) => s.userId === students[3]!.user.id)).toMatchObject({
      attempts: 2,
      firstPercent: 16.7,
      bestPercent: 100,
    });
    // Sorted by card id, question i was answered right by the students k < 4 - i.
    const byId = [...results.items].sort((a, b) => a.cardId.localeCompare(b.cardId));
    expect(byId.map((i) => i.facility)).toEqual([1, 0.75, 0.5, 0.25, 0, 0]);
    expect(byId[0]!.flags).toEqual(['too-easy', 'poor-discrimination']);
    expect(byId[2]).toMatchObject({ flags: [] });
    expect(byId[2]!.discrimination).toBeGreaterThan(0.5);
    expect(byId[3]!.flags).toEqual(['too-hard']);
    expect(byId[4]!.flags).toEqual(['too-hard', 'poor-discrimination']);
    expect(results.reliability).not.toBeNull();

    t.clock.set(new Date('2026-11-23T17:00:01Z'));
    const visible = (
      await students[0]!.client.GET('/api/exams/attempts/{attemptId}/report', {
        params: { path: { attemptId: attempts[0]!.id } },
      })
    ).data!;
    expect(visible.percent).toBe(66.7);
    const closed = await students[2]!.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } });
    expect(closed.error!.message).toBe('This exam closed at 2026-11-23T17:00:00.000Z');

    const csv = await teacher.client.GET('/api/cohorts/{cohortId}/export/roster.csv', {
      params: { path: { cohortId } },
      parseAs: 'text',
    });
    const [header, ...rows] = (csv.data as unknown as string).trimEnd().split('\r\n');
    expect(header).toContain(`exam_week_6_quiz_${exam.id.slice(0, 8)}_percent`);
    expect(rows.find((r) => r.startsWith(students[0]!.user.id))!.endsWith(',66.7')).toBe(true);
  });

  it('submits automatically when the window closes during an attempt, and refuses the late submission', async () => {
    t.clock.set(new Date('2026-11-24T16:50:00Z'));
    const exam = (
      await teacher.client.POST('/api/cohorts/{cohortId}/exams', {
        params: { path: { cohortId } },
        body: {
          title: 'Closing soon',
          deckId: 'vignettes',
          questionCount: 5,
          timeLimitMinutes: 30,
          opensAt: '2026-11-24T09:00:00Z',
          closesAt: '2026-11-24T17:00:00Z',
          attemptsAllowed: 1,
          resultsVisibility: 'at-submission',
        },
      })
    ).data!;
    const s = students[1]!;
    const attempt = (await s.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } })).data!;
    expect(attempt.deadlineAt).toBe('2026-11-24T17:00:00.000Z');
    expect(attempt.remainingSeconds).toBe(600);
    t.clock.set(new Date('2026-11-24T17:05:00Z'));
    const late = await s.client.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: attempt.id } } });
    expect(late.response.status).toBe(409);
    expect(late.error!.message).toMatch(/Time ran out/);
  });

  it('lets the instructor rename, close early, or delete an exam nobody has started', async () => {
    t.clock.set(new Date('2026-11-25T08:00:00Z'));
    const body = {
      title: 'Draft',
      deckId: 'vignettes',
      questionCount: 5,
      timeLimitMinutes: 10,
      opensAt: '2026-11-25T09:00:00Z',
      closesAt: '2026-11-26T09:00:00Z',
      attemptsAllowed: 1,
      resultsVisibility: 'at-submission' as const,
    };
    const draft = (await teacher.client.POST('/api/cohorts/{cohortId}/exams', { params: { path: { cohortId } }, body })).data!;
    const renamed = await teacher.client.PATCH('/api/exams/{examId}', {
      params: { path: { examId: draft.id } },
      body: { title: 'Week 7 quiz', closesAt: '2026-11-25T12:00:00Z' },
    });
    expect(renamed.data).toMatchObject({ title: 'Week 7 quiz', closesAt: '2026-11-25T12:00:00.000Z' });
    const backwards = await teacher.client.PATCH('/api/exams/{examId}', {
      params: { path: { examId: draft.id } },
      body: { closesAt: '2026-11-25T08:30:00Z' },
    });
    expect(backwards.error!.message).toBe('closesAt must be after opensAt');
    expect((await teacher.client.DELETE('/api/exams/{examId}', { params: { path: { examId: draft.id } } })).response.status).toBe(
      204,
    );
    const taken = (await teacher.client.POST('/api/cohorts/{cohortId}/exams', { params: { path: { cohortId } }, body })).data!;
    t.clock.set(new Date('2026-11-25T10:00:00Z'));
    await students[2]!.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: taken.id } } });
    const refused = await teacher.client.DELETE('/api/exams/{examId}', { params: { path: { examId: taken.id } } });
    expect(refused.response.status).toBe(409);
    expect(refused.error!.message).toMatch(/close it/);
  });

  it('keeps exam results to the owner: other instructors and students get 403', async () => {
    const exams = (await teacher.client.GET('/api/cohorts/{cohortId}/exams', { params: { path: { cohortId } } })).data!;
    expect(exams.length).toBeGreaterThan(0);
    const examId = exams[0]!.id;
    const other = await signUp(t, { role: 'instructor' });
    expect((await other.client.GET('/api/exams/{examId}/results', { params: { path: { examId } } })).response.status).toBe(403);
    expect((await students[0]!.client.GET('/api/exams/{examId}/results', { params: { path: { examId } } })).response.status).toBe(
      403,
    );
    expect((await t.client().GET('/api/exams/{examId}/results', { params: { path: { examId } } })).response.status).toBe(401);
    expect(
      (
        await other.client.POST('/api/cohorts/{cohortId}/exams', {
          params: { path: { cohortId } },
          body: {
            title: 'x',
            deckId: 'vignettes',
            questionCount: 5,
            timeLimitMinutes: 5,
            opensAt: '2026-11-24T09:00:00Z',
            closesAt: '2026-11-25T09:00:00Z',
            attemptsAllowed: 1,
            resultsVisibility: 'at-submission',
          },
        })
      ).response.status,
    ).toBe(403);
  });

  it.each([
    [{ closesAt: '2026-11-20T00:00:00Z' }, 'closesAt must be after opensAt'],
    [{ cardIds: ['not-a-card'], questionCount: undefined }, 'cardIds: "not-a-card" is not a card of deck'],
    [{ cardIds: ['x'] }, 'Give either questionCount'],
    [{ attemptsAllowed: 0 }, 'attemptsAllowed must be a whole number from 1 to 10'],
    [{ accommodations: [{ userId: '00000000-0000-4000-8000-000000000000', extraTimePercent: 25 }] }, 'not in this cohort'],
    [{ opensAt: 'tomorrow' }, 'opensAt must be a date and time'],
  ])('rejects a bad exam %j with 400 and creates nothing', async (patch, message) => {
    const before = (await teacher.client.GET('/api/cohorts/{cohortId}/exams', { params: { path: { cohortId } } })).data!.length;
    const body = {
      title: 'Bad',
      deckId: 'vignettes',
      questionCount: 5,
      timeLimitMinutes: 10,
      opensAt: '2026-11-24T09:00:00Z',
      closesAt: '2026-11-25T09:00:00Z',
      attemptsAllowed: 1,
      resultsVisibility: 'at-submission',
      ...patch,
    };
    const res = await teacher.client.POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId } },
      body: body as never,
    });
    expect(res.response.status).toBe(400);
    expect(res.error!.message).toContain(message);
    expect((await teacher.client.GET('/api/cohorts/{cohortId}/exams', { params: { path: { cohortId } } })).data!.length).toBe(
      before,
    );
  });
});
