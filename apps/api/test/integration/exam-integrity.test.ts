import { randomUUID } from 'node:crypto';
import { cards, type Card } from '@dermatome/data';
import { signUp } from '../support/accounts';
import { correctOption, wrongOption } from '../support/cards';
import { startTestApp, TestApp } from '../support/test-app';

type Learner = Awaited<ReturnType<typeof signUp>>;

/** The answer side of a card, as any response that gives it away would carry it. */
const ANSWER_SIDE = /"explanation"|"answerText"|"expected"|correctOptionId/;

/**
 * While a student has an open attempt at an assigned exam, none of that exam's cards shows them
 * its answer anywhere: not in a review replayed by its id, a reveal, a practice exam's report or
 * tutor feedback; and practice exams drawn meanwhile leave those cards out.
 */
describe('exam integrity', () => {
  let t: TestApp;
  let student: Learner;
  let examCards: Card[];
  let examId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T09:00:00Z'));
    const teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Integrity cohort' } })).data!;
    student = await signUp(t);
    await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    examCards = cards.filter((c) => c.type === 'vignette' && c.answer.kind === 'choice').slice(0, 6);
    const exam = await teacher.client.POST('/api/cohorts/{cohortId}/exams', {
      params: { path: { cohortId: cohort.id } },
      body: {
        title: 'Closed-book quiz',
        deckId: 'vignettes',
        cardIds: examCards.map((c) => c.id),
        timeLimitMinutes: 60,
        opensAt: '2026-11-23T08:00:00Z',
        closesAt: '2026-11-23T18:00:00Z',
        attemptsAllowed: 1,
        resultsVisibility: 'at-submission',
      },
    });
    expect(exam.response.status).toBe(201);
    examId = exam.data!.id;
  });
  afterAll(() => t.close());

  it('withholds the exam cards’ answers everywhere while the attempt is open, and shows them again after', async () => {
    const c = student.client;
    const examCard = examCards[0]!;
    // Before the exam: the student reviews one of its cards (the response carries its answer).
    const reviewId = randomUUID();
    const review = await c.POST('/api/study/reviews', {
      body: {
        cardId: examCard.id,
        rating: 3,
        reviewId,
        durationMs: 4000,
        version: 0,
        answer: { optionId: correctOption(examCard) },
      },
    });
    expect(review.response.status).toBe(201);
    expect(review.data!.explanation).toBe(examCard.explanation);
    // ...and starts two untimed practice exams on every vignette: one in tutor mode, one not.
    const tutor = (
      await c.POST('/api/exams/practice', {
        body: { deckId: 'vignettes', questionCount: 100, tutorMode: true, cardTypes: ['vignettes'] },
      })
    ).data!;
    const practice = (
      await c.POST('/api/exams/practice', { body: { deckId: 'vignettes', questionCount: 100, cardTypes: ['vignettes'] } })
    ).data!;
    const positionOf = (attempt: typeof tutor, cardId: string) => attempt.questions.find((q) => q.face.id === cardId)!.position;
    for (const card of examCards.slice(0, 3)) expect(tutor.questions.map((q) => q.face.id)).toContain(card.id);
    // One exam card answered in tutor mode before the exam: its feedback is there now.
    const early = await c.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
      params: { path: { attemptId: tutor.id, position: positionOf(tutor, examCards[1]!.id) } },
      body: { answer: { optionId: wrongOption(examCards[1]!) } },
    });
    expect(early.data!.questions.find((q) => q.face.id === examCards[1]!.id)!.feedback).not.toBeNull();

    // The exam starts.
    const attempt = (await c.POST('/api/exams/{examId}/attempts', { params: { path: { examId } } })).data!;
    expect(attempt.submittedAt).toBeNull();

    // A replayed review id: refused, not answered from the log.
    const replay = await c.POST('/api/study/reviews', {
      body: {
        cardId: examCard.id,
        rating: 3,
        reviewId,
        durationMs: 4000,
        version: 0,
        answer: { optionId: correctOption(examCard) },
      },
    });
    expect(replay.response.status).toBe(409);
    expect(JSON.stringify(replay.data ?? replay.error)).not.toMatch(ANSWER_SIDE);
    // Reveal: refused.
    const reveal = await c.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: examCard.id } }, body: {} });
    expect(reveal.response.status).toBe(409);

    // Tutor feedback: withheld for the exam card answered earlier; a new answer to an exam card is refused.
    const tutorView = (await c.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId: tutor.id } } })).data!;
    expect(tutorView.questions.find((q) => q.face.id === examCards[1]!.id)!.feedback).toBeNull();
    const tutorAnswer = await c.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
      params: { path: { attemptId: tutor.id, position: positionOf(tutor, examCards[2]!.id) } },
      body: { answer: { optionId: correctOption(examCards[2]!) } },
    });
    expect(tutorAnswer.response.status).toBe(409);
    expect(JSON.stringify(tutorAnswer.data ?? tutorAnswer.error)).not.toMatch(ANSWER_SIDE);
    // Tutor feedback on a card outside the exam still comes.
    const other = tutor.questions.find((q) => !examCards.some((e) => e.id === q.face.id))!;
    const otherCard = cards.find((x) => x.id === other.face.id)!;
    const otherAnswer = await c.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
      params: { path: { attemptId: tutor.id, position: other.position } },
      body: { answer: { optionId: correctOption(otherCard) } },
    });
    expect(otherAnswer.data!.questions.find((q) => q.position === other.position)!.feedback).not.toBeNull();

    // A practice exam's report: refused, at submission and afterwards.
    const submitted = (await c.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: practice.id } } }))
      .data!;
    expect(submitted).toMatchObject({ resultsAvailable: false, resultsAvailableAt: null, report: null });
    const report = await c.GET('/api/exams/attempts/{attemptId}/report', { params: { path: { attemptId: practice.id } } });
    expect(report.response.status).toBe(409);
    expect(report.error!.message).toMatch(/shares questions with an exam you are taking/);
    expect(JSON.stringify(report.error)).not.toMatch(ANSWER_SIDE);

    // A practice exam drawn now leaves the exam's cards out (every other vignette is drawn).
    const drawn = (
      await c.POST('/api/exams/practice', { body: { deckId: 'vignettes', questionCount: 100, cardTypes: ['vignettes'] } })
    ).data!;
    const drawnIds = new Set(drawn.questions.map((q) => q.face.id));
    expect(examCards.filter((e) => drawnIds.has(e.id))).toEqual([]);
    expect(drawn.questions.length).toBe(practice.questions.length - examCards.length);

    // The exam is submitted: everything shows again.
    await c.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: attempt.id } } });
    const reportAfter = await c.GET('/api/exams/attempts/{attemptId}/report', { params: { path: { attemptId: practice.id } } });
    expect(reportAfter.response.status).toBe(200);
    expect(reportAfter.data!.questions.find((q) => q.face.id === examCard.id)!.explanation).toBe(examCard.explanation);
    const tutorAfter = (await c.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId: tutor.id } } })).data!;
    expect(tutorAfter.questions.find((q) => q.face.id === examCards[1]!.id)!.feedback).not.toBeNull();
    // (The tutor-mode practice exam is still open and holds the card out of reviews, as any exam in progress does.)
    await c.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: tutor.id } } });
    const replayAfter = await c.POST('/api/study/reviews', {
      body: {
        cardId: examCard.id,
        rating: 3,
        reviewId,
        durationMs: 4000,
        version: 0,
        answer: { optionId: correctOption(examCard) },
      },
    });
    expect(replayAfter.response.status).toBe(201);
    expect(replayAfter.data!.explanation).toBe(examCard.explanation);
  });

  it('does not lock anything once the exam attempt has lapsed, even before it is submitted', async () => {
    const late = await signUp(t);
    const teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Lapsed cohort' } })).data!;
    await late.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    const exam = (
      await teacher.client.POST('/api/cohorts/{cohortId}/exams', {
        params: { path: { cohortId: cohort.id } },
        body: {
          title: 'Short quiz',
          deckId: 'vignettes',
          cardIds: examCards.map((c) => c.id),
          timeLimitMinutes: 5,
          opensAt: '2026-11-23T08:00:00Z',
          closesAt: '2026-11-24T18:00:00Z',
          attemptsAllowed: 1,
          resultsVisibility: 'at-submission',
        },
      })
    ).data!;
    await late.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } });
    const draw = () =>
      late.client.POST('/api/exams/practice', { body: { deckId: 'vignettes', questionCount: 100, cardTypes: ['vignettes'] } });
    const during = (await draw()).data!;
    expect(during.questions.some((q) => examCards.some((e) => e.id === q.face.id))).toBe(false);
    t.clock.advance(6 * 60_000);
    const after = (await draw()).data!;
    expect(after.questions.filter((q) => examCards.some((e) => e.id === q.face.id))).toHaveLength(examCards.length);
  });
});
