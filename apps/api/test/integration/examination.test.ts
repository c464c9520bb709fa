import { EXAMINATION_PROBE_LIMIT, examinationLesion, examinationTerritory } from '@dermatome/data';
import { randomUUID } from 'node:crypto';
import { count, signUp } from '../support/accounts';
import { examinationCard, examinationCards, probeSpots } from '../support/examination';
import { startTestApp, TestApp } from '../support/test-app';

type Client = Awaited<ReturnType<typeof signUp>>['client'];

/** Everything in a response that could name the hidden lesion: its id, its readable key, its name and its territory. */
function leakPatterns(patient: { key: string; lesion: string }): RegExp[] {
  const lesion = examinationLesion(patient.lesion as never);
  const territory = examinationTerritory({ lesion: patient.lesion as never, side: 'both' });
  const words = new Set<string>([patient.lesion, lesion.name, ...territory.roots, ...territory.nerves]);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    new RegExp(escape(patient.key)),
    ...[...words].map((w) => new RegExp(`(?<![A-Za-z0-9-])${escape(w)}(?![A-Za-z0-9-])`)),
    /"(truth|territory|decidingFindings|efficiency|lesion)"/,
  ];
}

/** The diagnosis choices, as the first response gave them: every patient must get the very same list. */
let lesionChoices: string | undefined;

/** Scans a response for the lesion; the choice list is checked to be the same for every patient, then left out. */
function expectNoLeak(body: unknown, patterns: RegExp[], what: string): void {
  const text = JSON.stringify(body, (key, value: unknown) => {
    if (key !== 'lesions' || !Array.isArray(value)) return value;
    const list = JSON.stringify(value);
    lesionChoices ??= list;
    if (list !== lesionChoices) throw new Error(`${what}: the lesion choices differ from another patient's`);
    return undefined;
  });
  for (const p of patterns) {
    if (p.test(text)) throw new Error(`${what} leaks the lesion (${p}): ${text.slice(0, 400)}`);
  }
}

async function start(client: Client, cardId: string) {
  return client.POST('/api/examinations', { body: { cardId } });
}

describe('virtual sensory examination', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-12-01T10:00:00Z'));
  });
  afterAll(() => t.close());

  it('has an examination-case card for every lesion on each of its sides', () => {
    expect(examinationCards().length).toBeGreaterThanOrEqual(30);
  });

  it('answers probes and tests from the hidden lesion, and nothing before submission gives the lesion away', async () => {
    const { client } = await signUp(t);
    for (const [lesion, side] of [
      ['common-fibular', 'left'],
      ['L5', 'right'],
      ['cauda-equina', 'both'],
      ['sural', 'right'],
    ] as const) {
      const { card, patient } = examinationCard(lesion, side);
      const leaks = leakPatterns(patient);
      const responses: [string, unknown][] = [];

      const queue = await client.GET('/api/study/queue', { params: { query: { deckId: 'examination-cases', limit: 100 } } });
      // every face the queue sends (this card's among them when it is due today)
      expect(queue.data!.cards.length).toBeGreaterThan(0);
      responses.push(['queue faces', queue.data!.cards.map((c) => c.face)]);

      const started = await start(client, card.id);
      expect(started.response.status).toBe(201);
      const exam = started.data!;
      responses.push(['start', exam]);
      expect(exam).toMatchObject({ cardId: card.id, context: 'review', submitted: false, result: null, probes: [], tests: [] });
      expect(exam.history.story.length).toBeGreaterThan(20);
      // resuming gives the same examination
      expect((await start(client, card.id)).data!.id).toBe(exam.id);

      const spots = probeSpots(patient);
      const inside = await client.POST('/api/examinations/{id}/probes', {
        params: { path: { id: exam.id } },
        body: { modality: 'pinprick', ...spots.inside },
      });
      expect(inside.response.status).toBe(201);
      expect(['slightly-reduced', 'reduced', 'absent']).toContain(inside.data!.answer);
      responses.push(['probe inside', inside.data]);
      if (side !== 'both') {
        const spared = await client.POST('/api/examinations/{id}/probes', {
          params: { path: { id: exam.id } },
          body: { modality: 'light-touch', ...spots.spared },
        });
        expect(spared.data!.answer).toBe('normal');
        expect(spared.data!.side).not.toBe(side);
        responses.push(['probe spared', spared.data]);
      }
      for (const test of ['ankle-dorsiflexion', 'knee', 'ankle', 'plantar'] as const) {
        for (const s of ['right', 'left'] as const) {
          const r = await client.POST('/api/examinations/{id}/tests', {
            params: { path: { id: exam.id } },
            body: { test, side: s },
          });
          expect(r.response.status).toBe(201);
          responses.push([`test ${test} ${s}`, r.data]);
        }
      }
      const state = await client.GET('/api/examinations/{id}', { params: { path: { id: exam.id } } });
      responses.push(['state', state.data]);
      expect(state.data!.probes.length).toBe(side === 'both' ? 1 : 2);
      expect(state.data!.tests).toHaveLength(8);
      // the review of the card waits for the examination
      const reveal = await client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: card.id } }, body: {} });
      expect(reveal.response.status).toBe(409);
      responses.push(['refused reveal', reveal.error]);
      const review = await client.POST('/api/study/reviews', {
        body: { cardId: card.id, rating: 3, reviewId: randomUUID(), durationMs: 1000, version: 0 },
      });
      expect(review.response.status).toBe(409);
      responses.push(['refused review', review.error]);

      for (const [what, body] of responses) expectNoLeak(body, leaks, `${lesion}/${side}: ${what}`);
    }
  });

  it('grades the diagnosis once, then shows the true territory, deciding findings and efficiency; the review follows', async () => {
    const { client } = await signUp(t);
    const { card, patient } = examinationCard('deep-fibular', 'right');
    const exam = (await start(client, card.id)).data!;
    const spots = probeSpots(patient);
    await client.POST('/api/examinations/{id}/probes', {
      params: { path: { id: exam.id } },
      body: { modality: 'pinprick', ...spots.inside },
    });

    const submitted = await client.POST('/api/examinations/{id}/submit', {
      params: { path: { id: exam.id } },
      body: { lesion: 'deep-fibular', side: 'right' },
    });
    expect(submitted.response.status).toBe(200);
    const result = submitted.data!.result!;
    expect(result).toMatchObject({
      grade: 'right',
      correct: true,
      partial: false,
      truth: { lesion: 'deep-fibular', side: 'right' },
      territory: { layer: 'nerves', side: 'right' },
      efficiency: { used: 1 },
    });
    expect(result.territory.nerves).toContain('deep-fibular');
    expect(result.decidingFindings.length).toBeGreaterThan(0);
    expect(result.efficiency.efficient).toBeGreaterThan(0);
    expect([3, 4]).toContain(result.suggestedRating);

    // a second submission, even with another answer, returns the first result
    const again = await client.POST('/api/examinations/{id}/submit', {
      params: { path: { id: exam.id } },
      body: { lesion: 'L5', side: 'left' },
    });
    expect(again.data!.result).toEqual(result);

    // nothing more after submission, and nothing stored
    const late = await client.POST('/api/examinations/{id}/probes', {
      params: { path: { id: exam.id } },
      body: { modality: 'pinprick', ...spots.inside },
    });
    expect(late.response.status).toBe(409);
    const lateTest = await client.POST('/api/examinations/{id}/tests', {
      params: { path: { id: exam.id } },
      body: { test: 'knee', side: 'left' },
    });
    expect(lateTest.response.status).toBe(409);
    expect(await count(t, `SELECT count(*) AS n FROM examination_steps WHERE examination_id = $1`, [exam.id])).toBe(1);

    // now the card reveals and takes a rating; the next time it needs a new examination
    const reveal = await client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: card.id } }, body: {} });
    expect(reveal.response.status).toBe(200);
    const review = await client.POST('/api/study/reviews', {
      body: { cardId: card.id, rating: 3, reviewId: randomUUID(), durationMs: 1000, version: 0 },
    });
    expect(review.response.status).toBe(201);
    t.clock.advance(60_000);
    const next = (await start(client, card.id)).data!;
    expect(next.id).not.toBe(exam.id);
    expect(next.submitted).toBe(false);
    const blocked = await client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: card.id } }, body: {} });
    expect(blocked.response.status).toBe(409);
  });

  it('grades a neighbouring root or the wrong side as partial, and anything else as wrong', async () => {
    const { client } = await signUp(t);
    const cases = [
      { lesion: 'L5', side: 'left', answer: { lesion: 'L4', side: 'left' }, grade: 'partial' },
      { lesion: 'S1', side: 'right', answer: { lesion: 'S1', side: 'left' }, grade: 'partial' },
      { lesion: 'L3', side: 'right', answer: { lesion: 'sural', side: 'right' }, grade: 'wrong' },
    ] as const;
    for (const c of cases) {
      const { card } = examinationCard(c.lesion, c.side);
      const exam = (await start(client, card.id)).data!;
      const r = await client.POST('/api/examinations/{id}/submit', { params: { path: { id: exam.id } }, body: c.answer });
      expect(r.data!.result!.grade).toBe(c.grade);
      expect(r.data!.result!.suggestedRating).toBe(c.grade === 'wrong' ? 1 : 2);
    }
  });

  it('refuses bad probes, tests and diagnoses with a clear 4xx and stores nothing', async () => {
    const { client } = await signUp(t);
    const { card, patient } = examinationCard('L4', 'left');
    const exam = (await start(client, card.id)).data!;
    const path = { params: { path: { id: exam.id } } };
    const spots = probeSpots(patient);
    const bad: [object, RegExp][] = [
      [{ modality: 'pinprick', view: 'lateral', x: 100, y: 100 }, /view/],
      [{ modality: 'tuning-fork', ...spots.inside }, /modality/],
      [{ modality: 'pinprick', view: 'anterior', x: -5000, y: 10 }, /outside the figure/],
      [{ modality: 'pinprick', view: 'anterior', x: 'left', y: 10 }, /x/],
      [{ modality: 'pinprick', view: 'anterior' }, /x/],
    ];
    for (const [body, message] of bad) {
      const r = await client.POST('/api/examinations/{id}/probes', { ...path, body: body as never });
      expect(r.response.status).toBe(400);
      expect(JSON.stringify(r.error)).toMatch(message);
    }
    const badTest = await client.POST('/api/examinations/{id}/tests', {
      ...path,
      body: { test: 'biceps', side: 'left' } as never,
    });
    expect(badTest.response.status).toBe(400);
    const badSide = await client.POST('/api/examinations/{id}/tests', { ...path, body: { test: 'knee', side: 'both' } as never });
    expect(badSide.response.status).toBe(400);
    const badLesion = await client.POST('/api/examinations/{id}/submit', {
      ...path,
      body: { lesion: 'T4', side: 'left' } as never,
    });
    expect(badLesion.response.status).toBe(400);
    expect(await count(t, `SELECT count(*) AS n FROM examination_steps WHERE examination_id = $1`, [exam.id])).toBe(0);
    expect((await client.GET('/api/examinations/{id}', path)).data!.submitted).toBe(false);

    // not a card of the bank, not an examination case, not an examination of yours
    expect((await start(client, 'no-such-card')).response.status).toBe(404);
    const other =
      examinationCards().length > 0 ? (await client.GET('/api/study/queue', { params: { query: { limit: 5 } } })).data! : null;
    const plainCard = other!.cards.find((c) => c.face.type !== 'examination-case')!;
    expect((await start(client, plainCard.cardId)).response.status).toBe(400);
    expect((await client.POST('/api/examinations', { body: {} })).response.status).toBe(400);
    const stranger = await signUp(t);
    expect((await stranger.client.GET('/api/examinations/{id}', path)).response.status).toBe(404);
    const foreignProbe = await stranger.client.POST('/api/examinations/{id}/probes', {
      ...path,
      body: { modality: 'pinprick', ...spots.inside },
    });
    expect(foreignProbe.response.status).toBe(404);
    expect((await client.GET('/api/examinations/{id}', { params: { path: { id: 'not-a-uuid' } } })).response.status).toBe(404);
  });

  it(`refuses probes beyond ${EXAMINATION_PROBE_LIMIT} per examination`, async () => {
    const { client } = await signUp(t);
    const { card, patient } = examinationCard('S1', 'left');
    const exam = (await start(client, card.id)).data!;
    const spots = probeSpots(patient);
    await t.dataSource.query(
      `INSERT INTO examination_steps (examination_id, seq, kind, request, response, made_at)
       SELECT $1, g, 'probe', '{"modality":"pinprick","view":"anterior","side":"left","x":1,"y":1}', '{"answer":"normal","answerText":"Normal"}', now()
         FROM generate_series(1, $2::int) AS g`,
      [exam.id, EXAMINATION_PROBE_LIMIT - 1],
    );
    const last = await client.POST('/api/examinations/{id}/probes', {
      params: { path: { id: exam.id } },
      body: { modality: 'pinprick', ...spots.inside },
    });
    expect(last.response.status).toBe(201);
    expect(last.data!.seq).toBe(EXAMINATION_PROBE_LIMIT);
    const beyond = await client.POST('/api/examinations/{id}/probes', {
      params: { path: { id: exam.id } },
      body: { modality: 'pinprick', ...spots.inside },
    });
    expect(beyond.response.status).toBe(409);
    expect(JSON.stringify(beyond.error)).toMatch(String(EXAMINATION_PROBE_LIMIT));
    expect(await count(t, `SELECT count(*) AS n FROM examination_steps WHERE examination_id = $1`, [exam.id])).toBe(
      EXAMINATION_PROBE_LIMIT,
    );
  });

  it('asks examination questions in practice exams, withholds the result until the exam is submitted, and scores them', async () => {
    const { client } = await signUp(t);
    const attempt = (
      await client.POST('/api/exams/practice', {
        body: { deckId: 'dermatomes-of-the-leg', questionCount: 5, cardTypes: ['examination-cases'] },
      })
    ).data!;
    expect(attempt.questions.every((q) => q.face.type === 'examination-case')).toBe(true);
    const byCard = new Map(examinationCards().map((c) => [c.card.id, c.patient]));
    // a plain answer is refused: an examination question is answered by examining
    const plain = await client.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
      params: { path: { attemptId: attempt.id, position: 1 } },
      body: { answer: { optionId: 'x' } },
    });
    expect(plain.response.status).toBe(400);

    const grades: string[] = [];
    for (const q of attempt.questions.slice(0, 3)) {
      const patient = byCard.get(q.face.id)!;
      const leaks = leakPatterns(patient);
      const started = await client.POST('/api/examinations', { body: { attemptId: attempt.id, position: q.position } });
      expect(started.response.status).toBe(201);
      expect(started.data).toMatchObject({ context: 'exam', attemptId: attempt.id, position: q.position });
      expectNoLeak(started.data, leaks, 'exam start');
      // right for the first question, wrong side for the second, wrong for the third
      const answer =
        q.position === attempt.questions[0]!.position
          ? { lesion: patient.lesion, side: patient.side }
          : q.position === attempt.questions[1]!.position
            ? { lesion: patient.lesion, side: patient.side === 'left' ? 'right' : 'left' }
            : { lesion: patient.lesion === 'sural' ? 'femoral' : 'sural', side: 'right' };
      if (patient.side === 'both' && q.position === attempt.questions[1]!.position) answer.side = 'left';
      const submitted = await client.POST('/api/examinations/{id}/submit', {
        params: { path: { id: started.data!.id } },
        body: answer as never,
      });
      expect(submitted.data).toMatchObject({ submitted: true, result: null, resultWithheld: true });
      expect(submitted.data!.diagnosis).toMatchObject(answer);
      // the learner's own diagnosis comes back; nothing else may name the lesion
      expectNoLeak({ ...submitted.data, diagnosis: null }, leaks, 'exam submission before the exam is submitted');
      grades.push(q.position === attempt.questions[0]!.position ? 'right' : 'not right');
    }
    const done = await client.POST('/api/exams/attempts/{attemptId}/submit', { params: { path: { attemptId: attempt.id } } });
    expect(done.response.status).toBe(200);
    const report = done.data!.report!;
    const first = report.questions.find((q) => q.position === attempt.questions[0]!.position)!;
    expect(first.correct).toBe(true);
    expect(report.score).toBeGreaterThanOrEqual(1);
    expect(report.score).toBeLessThanOrEqual(2);
    // now the examination shows its result
    const shown = await client.POST('/api/examinations', {
      body: { attemptId: attempt.id, position: attempt.questions[0]!.position },
    });
    expect(shown.data!.result).toMatchObject({ grade: 'right' });
    // an examination question left unexamined cannot be started once the exam is submitted
    const late = await client.POST('/api/examinations', {
      body: { attemptId: attempt.id, position: attempt.questions[4]!.position },
    });
    expect(late.response.status).toBe(409);
  });

  it("lists the cohort's most confused pairs for its instructor only", async () => {
    const teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Examiners' } })).data!;
    const student = await signUp(t);
    await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    for (const [lesion, side, answer] of [
      ['L5', 'left', 'common-fibular'],
      ['L5', 'right', 'common-fibular'],
      ['sural', 'left', 'S1'],
      ['S1', 'left', 'S1'],
    ] as const) {
      const { card } = examinationCard(lesion, side);
      const exam = (await start(student.client, card.id)).data!;
      await student.client.POST('/api/examinations/{id}/submit', {
        params: { path: { id: exam.id } },
        body: { lesion: answer, side },
      });
    }
    const r = await teacher.client.GET('/api/cohorts/{cohortId}/examination-confusions', {
      params: { path: { cohortId: cohort.id } },
    });
    expect(r.response.status).toBe(200);
    expect(r.data!.examinations).toBe(4);
    expect(r.data!.pairs[0]).toMatchObject({ truth: 'L5', answer: 'common-fibular', count: 2, share: 1 });
    expect(r.data!.pairs[1]).toMatchObject({ truth: 'sural', answer: 'S1', count: 1, truthName: 'Sural nerve' });
    const other = await signUp(t, { role: 'instructor' });
    const refused = await other.client.GET('/api/cohorts/{cohortId}/examination-confusions', {
      params: { path: { cohortId: cohort.id } },
    });
    expect(refused.response.status).toBe(403);
    const asStudent = await student.client.GET('/api/cohorts/{cohortId}/examination-confusions', {
      params: { path: { cohortId: cohort.id } },
    });
    expect(asStudent.response.status).toBe(403);
  });
});
