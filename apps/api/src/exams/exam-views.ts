import { Injectable } from '@nestjs/common';
import { answerMap, expectedAnswer, type Card } from '@dermatome/data';
import { CardCatalog } from '../content/card-catalog.service';
import { breakdowns, totalScore, windowStatus } from '../core/exams';
import type { AnswerDto } from '../study/study.dto';
import type { AttemptDto, AttemptQuestionDto, ExamDto, ReportDto, TutorFeedbackDto } from './exams.dto';
import type { AttemptItemRecord, AttemptRecord, ExamRecord } from './exams.repository';

/** Builds what the API returns about exams, attempts and reports; answers only where the rules allow. */
@Injectable()
export class ExamViews {
  constructor(private readonly catalog: CardCatalog) {}

  exam(e: ExamRecord, now: Date): ExamDto {
    return {
      id: e.id,
      kind: e.kind,
      title: e.title,
      deckId: e.deckId,
      cohortId: e.cohortId,
      questionCount: e.questionCount,
      timeLimitMinutes: e.timeLimitSeconds === null ? null : Math.round(e.timeLimitSeconds / 60),
      tutorMode: e.tutorMode,
      opensAt: e.opensAt?.toISOString() ?? null,
      closesAt: e.closesAt?.toISOString() ?? null,
      attemptsAllowed: e.attemptsAllowed,
      resultsVisibility: e.resultsVisibility,
      window: windowStatus(e, now),
    };
  }

  /**
   * During an attempt: faces and the learner's own answers, never the right answers (except tutor
   * feedback, withheld for the cards in `withheld`: those of an exam the learner is taking).
   */
  attempt(
    e: ExamRecord,
    a: AttemptRecord,
    items: AttemptItemRecord[],
    now: Date,
    withheld: ReadonlySet<string> = new Set(),
  ): AttemptDto {
    const questions: AttemptQuestionDto[] = items.map((item) => {
      const card = this.catalog.requireCard(item.cardId);
      const answered = item.answeredAt !== null && item.answer !== null;
      return {
        position: item.position,
        face: this.catalog.face(card),
        answer: answered ? (item.answer as AnswerDto) : null,
        flagged: item.flagged,
        feedback: e.tutorMode && answered && !withheld.has(card.id) ? this.feedback(card, item) : null,
      };
    });
    return {
      id: a.id,
      exam: this.exam(e, now),
      attemptNumber: a.attemptNumber,
      startedAt: a.startedAt.toISOString(),
      deadlineAt: a.deadlineAt?.toISOString() ?? null,
      serverNow: now.toISOString(),
      remainingSeconds:
        a.submittedAt || !a.deadlineAt ? null : Math.max(0, Math.round((a.deadlineAt.getTime() - now.getTime()) / 1000)),
      submittedAt: a.submittedAt?.toISOString() ?? null,
      autoSubmitted: a.autoSubmitted,
      questions,
    };
  }

  /** When a submitted attempt's report may be shown: null means now (at submission). */
  resultsAvailableAt(e: ExamRecord): Date | null {
    return e.resultsVisibility === 'after-close' && e.closesAt ? e.closesAt : null;
  }

  report(e: ExamRecord, a: AttemptRecord, items: AttemptItemRecord[], now: Date): ReportDto {
    const scored = items.map((item) => {
      const card = this.catalog.requireCard(item.cardId);
      return {
        item,
        card,
        scored: { cardId: card.id, roots: card.roots, type: card.type, correct: item.correct, partial: item.partial },
      };
    });
    const score = totalScore(scored.map((s) => s.scored));
    const { byRoot, byType } = breakdowns(scored.map((s) => s.scored));
    return {
      attemptId: a.id,
      exam: this.exam(e, now),
      startedAt: a.startedAt.toISOString(),
      submittedAt: a.submittedAt!.toISOString(),
      autoSubmitted: a.autoSubmitted,
      durationSeconds: Math.round((a.submittedAt!.getTime() - a.startedAt.getTime()) / 1000),
      score,
      maxScore: a.maxScore,
      percent: a.maxScore === 0 ? 0 : Math.round((score / a.maxScore) * 1000) / 10,
      byRoot,
      byType,
      questions: scored.map(({ item, card }) => ({
        position: item.position,
        face: this.catalog.face(card),
        answer: item.answeredAt && item.answer ? (item.answer as AnswerDto) : null,
        correct: item.correct === true,
        partial: item.partial === true,
        ...this.answerSide(card),
      })),
    };
  }

  private feedback(card: Card, item: AttemptItemRecord): TutorFeedbackDto {
    return { correct: item.correct === true, partial: item.partial === true, ...this.answerSide(card) };
  }

  private answerSide(card: Card) {
    const source = this.catalog.source(card);
    return {
      expected: expectedAnswer(card),
      answerText: card.answerText,
      explanation: card.explanation,
      source: { key: source.key, label: source.label, citation: source.citation },
      answerMap: answerMap(card),
    };
  }
}
