import { attemptDeadline, breakdowns, cardTypesOf, questionScore, totalScore, windowStatus } from '../../src/core/exams';

const at = (iso: string) => new Date(iso);

describe('exam rules', () => {
  it('ends an attempt at the time limit, extended by a student’s extra time', () => {
    const startedAt = at('2026-11-23T10:00:00Z');
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 1800, extraTimePercent: 0, closesAt: null })).toEqual(
      at('2026-11-23T10:30:00Z'),
    );
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 1800, extraTimePercent: 50, closesAt: null })).toEqual(
      at('2026-11-23T10:45:00Z'),
    );
  });

  it('never runs past the closing time (plus the extension), and is open-ended only when untimed and unbounded', () => {
    const startedAt = at('2026-11-23T10:00:00Z');
    const closesAt = at('2026-11-23T10:20:00Z');
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 1800, extraTimePercent: 0, closesAt })).toEqual(closesAt);
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 1800, extraTimePercent: 50, closesAt })).toEqual(
      at('2026-11-23T10:35:00Z'),
    );
    expect(attemptDeadline({ startedAt, timeLimitSeconds: null, extraTimePercent: 0, closesAt })).toEqual(closesAt);
    expect(attemptDeadline({ startedAt, timeLimitSeconds: null, extraTimePercent: 0, closesAt: null })).toBeNull();
  });

  it('knows whether the exam window is open', () => {
    const exam = { opensAt: at('2026-11-23T09:00:00Z'), closesAt: at('2026-11-23T17:00:00Z') };
    expect(windowStatus(exam, at('2026-11-23T08:59:59Z'))).toBe('upcoming');
    expect(windowStatus(exam, at('2026-11-23T09:00:00Z'))).toBe('open');
    expect(windowStatus(exam, at('2026-11-23T17:00:00Z'))).toBe('closed');
    expect(windowStatus({ opensAt: null, closesAt: null }, at('2030-01-01T00:00:00Z'))).toBe('open');
  });

  it('scores right 1, partly right 0.5, wrong or blank 0, and breaks the score down by root and type', () => {
    const questions = [
      { cardId: 'a', roots: ['L5'], type: 'vignette', correct: true, partial: false },
      { cardId: 'b', roots: ['L5', 'S1'], type: 'locate', correct: false, partial: true },
      { cardId: 'c', roots: ['S1'], type: 'vignette', correct: false, partial: false },
      { cardId: 'd', roots: ['S4-5'], type: 'red-flag', correct: null, partial: null },
    ];
    expect(questions.map(questionScore)).toEqual([1, 0.5, 0, 0]);
    expect(totalScore(questions)).toBe(1.5);
    const { byRoot, byType } = breakdowns(questions);
    expect(byRoot).toEqual([
      { key: 'L5', questions: 2, score: 1.5, percent: 75 },
      { key: 'S1', questions: 1, score: 0, percent: 0 },
      { key: 'saddle', questions: 1, score: 0, percent: 0 },
    ]);
    expect(byType.find((b) => b.key === 'vignette')).toEqual({ key: 'vignette', questions: 2, score: 1, percent: 50 });
  });

  it('maps the type groups a learner picks to card types', () => {
    expect(cardTypesOf(['vignettes', 'locate'])).toEqual(['vignette', 'peripheral', 'locate']);
  });
});
