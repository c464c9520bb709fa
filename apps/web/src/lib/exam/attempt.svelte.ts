import type { Schema } from '@dermatome/api-client';
import { browserApi } from '$lib/api';
import { clockOffset, secondsLeft, warningDue, warningText } from './clock';
import {
  bodyOf,
  ExamSaveQueue,
  localQueueStore,
  memoryQueueStore,
  type Attempt,
  type ExamAnswer,
  type PendingChange,
  type QueueStatus,
  type SaveOutcome,
} from './save-queue';

export type Question = Schema<'AttemptQuestionDto'>;

export type SaveState = 'saved' | 'saving' | 'waiting' | 'unsaved' | 'error';

export interface QuestionView {
  position: number;
  question: Question;
  answer: ExamAnswer | null;
  flagged: boolean;
  save: SaveState;
  error: string | null;
}

export interface AttemptDeps {
  /** The session ended (401): log in again. */
  onSignedOut: () => void;
  /** The attempt is over (submitted by the learner, the clock or elsewhere): show its report. */
  onFinished: (attemptId: string, reason: 'submitted' | 'time-up') => void;
  now?: () => number;
}

const message = (error: unknown, fallback: string) => (error as { message?: string } | undefined)?.message ?? fallback;

/**
 * One exam attempt being taken: the questions with the learner's answers and flags (the server's,
 * with the changes still on their way laid over them), the question on screen, the clock that
 * follows the server, saving as answers are given, and submission.
 */
export class ExamAttemptSession {
  attempt = $state.raw<Attempt>() as Attempt;
  index = $state(0);
  pending = $state.raw<readonly PendingChange[]>([]);
  queueStatus = $state<QueueStatus>('idle');
  errors = $state<Record<number, string>>({});
  online = $state(true);
  /** Seconds left by the server's clock; null when untimed. */
  remaining = $state<number | null>(null);
  /** What the timer's live region says (warnings). */
  timerAnnouncement = $state('');
  /** A notice above the question (time up, offline submission refused…). */
  notice = $state<string | null>(null);
  submitting = $state(false);
  finished = $state(false);

  #deps: Required<AttemptDeps>;
  #queue: ExamSaveQueue;
  #offset = 0;
  /** The warnings given (seconds before the end). */
  #warned: number[] = [];
  #ticker: ReturnType<typeof setInterval> | null = null;
  #timeUp = false;

  constructor(attempt: Attempt, deps: AttemptDeps) {
    this.#deps = { now: Date.now, ...deps };
    this.attempt = attempt;
    // until the first response of our own, assume the page was rendered just now
    this.#offset = Date.parse(attempt.serverNow) - this.#deps.now();
    this.#queue = new ExamSaveQueue({
      store: storeFor(attempt.id),
      send: (change) => this.#send(change),
      onChange: (snapshot) => {
        this.pending = snapshot.pending;
        this.queueStatus = snapshot.status;
      },
      onSaved: (change, fresh) => {
        this.#take(fresh);
        const { [change.position]: _gone, ...rest } = this.errors;
        this.errors = rest;
      },
      onRejected: (change, why) => {
        this.errors = { ...this.errors, [change.position]: why };
      },
      onClosed: (why) => void this.#over(why),
    });
    this.pending = this.#queue.pending;
    // a question still unanswered is the natural place to resume
    const firstOpen = this.views.findIndex((v) => v.answer === null);
    this.index = firstOpen >= 0 ? firstOpen : 0;
  }

  get exam() {
    return this.attempt.exam;
  }

  get tutor(): boolean {
    return this.attempt.exam.tutorMode;
  }

  get timed(): boolean {
    return this.attempt.deadlineAt !== null;
  }

  /** Every question with what the learner sees as their answer and flag right now. */
  get views(): QuestionView[] {
    return this.attempt.questions.map((question) => {
      const change = this.pending.find((p) => p.position === question.position);
      const answer = change && 'answer' in change ? (change.answer ?? null) : question.answer;
      const flagged = change?.flagged ?? question.flagged;
      const error = this.errors[question.position] ?? null;
      const save: SaveState = error
        ? 'error'
        : change
          ? this.online && this.queueStatus !== 'waiting-to-retry'
            ? 'saving'
            : 'waiting'
          : answer === null
            ? 'unsaved'
            : 'saved';
      return { position: question.position, question, answer, flagged, save, error };
    });
  }

  get current(): QuestionView | undefined {
    return this.views[this.index];
  }

  get answeredCount(): number {
    return this.views.filter((v) => v.answer !== null).length;
  }

  /** Starts the clock, re-reads the attempt (for the offset and anything saved elsewhere) and sends what waits. */
  start(): () => void {
    const goOnline = () => {
      this.online = true;
      void this.#queue.flush();
      if (this.#timeUp) void this.#finishAfterTimeUp();
    };
    const goOffline = () => {
      this.online = false;
    };
    this.online = navigator.onLine;
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    this.#tick();
    this.#ticker = setInterval(() => this.#tick(), 500);
    void this.refresh().then(() => this.#queue.flush());
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      this.stop();
    };
  }

  stop(): void {
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = null;
    this.#queue.stop();
  }

  /** Reads the attempt again from the server. */
  async refresh(): Promise<void> {
    const requestedAt = this.#deps.now();
    try {
      const { data, response } = await browserApi.GET('/api/exams/attempts/{attemptId}', {
        params: { path: { attemptId: this.attempt.id } },
      });
      if (response.status === 401) return this.#deps.onSignedOut();
      if (!data) return;
      this.#offset = clockOffset(data.serverNow, requestedAt, this.#deps.now());
      this.#take(data);
    } catch {
      this.online = false;
    }
  }

  go(index: number): void {
    if (index >= 0 && index < this.attempt.questions.length) this.index = index;
  }

  answer(position: number, answer: ExamAnswer): void {
    const view = this.views.find((v) => v.position === position);
    if (!view || this.finished || this.#timeUp) return;
    // in tutor mode an answer is final once given (its explanation is shown)
    if (this.tutor && view.answer !== null) return;
    this.#queue.enqueue({ position, answer });
  }

  clear(position: number): void {
    if (this.tutor || this.finished || this.#timeUp) return;
    this.#queue.enqueue({ position, answer: null });
  }

  toggleFlag(position: number): void {
    const view = this.views.find((v) => v.position === position);
    if (!view || this.finished || this.#timeUp) return;
    this.#queue.enqueue({ position, flagged: !view.flagged });
  }

  /** Submits the attempt: every change must have reached the server first. */
  async submit(): Promise<void> {
    if (this.submitting || this.finished) return;
    this.submitting = true;
    this.notice = null;
    try {
      await this.#queue.flush();
      if (this.pending.length > 0) {
        this.notice = this.online
          ? 'Some answers could not be saved yet, so the exam was not submitted. Try again in a moment.'
          : 'You are offline: your answers are kept on this device. Submit once the connection is back.';
        return;
      }
      const { data, error, response } = await browserApi.POST('/api/exams/attempts/{attemptId}/submit', {
        params: { path: { attemptId: this.attempt.id } },
      });
      if (response.status === 401) return this.#deps.onSignedOut();
      if (data || response.status === 409) {
        // 409: it was submitted already (by the clock, or in another tab): the report says how
        this.#finish(response.status === 409 ? 'time-up' : 'submitted');
        return;
      }
      this.notice = `The exam was not submitted: ${message(error, `the server answered ${response.status}`)}`;
    } catch {
      this.online = false;
      this.notice = 'You are offline: your answers are kept on this device. Submit once the connection is back.';
    } finally {
      this.submitting = false;
    }
  }

  #tick(): void {
    const deadline = this.attempt.deadlineAt;
    if (!deadline || this.finished) {
      this.remaining = null;
      return;
    }
    const left = secondsLeft(deadline, this.#deps.now(), this.#offset);
    this.remaining = left;
    const limit = this.attempt.exam.timeLimitMinutes === null ? null : this.attempt.exam.timeLimitMinutes * 60;
    const warning = warningDue(left, this.#warned, limit);
    // a correction of the clock can give time back: a warning no longer true goes away
    const lastWarned = this.#warned.at(-1);
    if (lastWarned !== undefined && left > lastWarned + 5 && !this.#timeUp) this.timerAnnouncement = '';
    if (warning !== null) {
      this.#warned = [...this.#warned, warning];
      this.timerAnnouncement = `${warningText(warning)} Answers are saved as you go; the exam is submitted when the time is up.`;
    }
    if (left === 0 && !this.#timeUp) void this.#timeRanOut();
  }

  /**
   * At 0: what is waiting goes out (the server still accepts it for a moment), then the page asks
   * the server, which owns the clock, until it has submitted the attempt itself; the report then
   * says what the server recorded. Only if the server's clock disagrees for long does the page
   * submit the attempt.
   */
  async #timeRanOut(): Promise<void> {
    this.#timeUp = true;
    this.timerAnnouncement = 'Time is up. Your answers are being submitted.';
    this.notice = 'Time is up: your saved answers are being submitted.';
    await this.#queue.flush();
    await this.#finishAfterTimeUp();
  }

  async #finishAfterTimeUp(tries = 0): Promise<void> {
    if (this.finished) return;
    await new Promise((done) => setTimeout(done, tries === 0 ? 2500 : 1500));
    if (this.finished) return;
    try {
      const requestedAt = this.#deps.now();
      const { data, response } = await browserApi.GET('/api/exams/attempts/{attemptId}', {
        params: { path: { attemptId: this.attempt.id } },
      });
      if (response.status === 401) return this.#deps.onSignedOut();
      if (data?.submittedAt) return this.#take(data);
      if (data) this.#offset = clockOffset(data.serverNow, requestedAt, this.#deps.now());
      if (tries < 10) return this.#finishAfterTimeUp(tries + 1);
      // the server still counts time: submit what it has
      const submitted = await browserApi.POST('/api/exams/attempts/{attemptId}/submit', {
        params: { path: { attemptId: this.attempt.id } },
      });
      if (submitted.data || submitted.response.status === 409) this.#finish('time-up');
    } catch {
      this.online = false;
      this.notice =
        'Time is up, and you are offline. The server submits the answers it has; answers not sent in time could not count. ' +
        'Your report opens when the connection is back.';
    }
  }

  async #over(why: string): Promise<void> {
    this.notice = why;
    await this.refresh();
    this.#finish('time-up');
  }

  #finish(reason: 'submitted' | 'time-up'): void {
    if (this.finished) return;
    this.finished = true;
    this.stop();
    this.#deps.onFinished(this.attempt.id, reason);
  }

  #take(fresh: Attempt): void {
    this.attempt = fresh;
    if (fresh.submittedAt && !this.finished) this.#finish(fresh.autoSubmitted ? 'time-up' : 'submitted');
  }

  async #send(change: PendingChange): Promise<SaveOutcome> {
    const requestedAt = this.#deps.now();
    let call;
    try {
      call = await browserApi.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
        params: { path: { attemptId: this.attempt.id, position: change.position } },
        body: bodyOf(change),
      });
    } catch {
      this.online = navigator.onLine ? this.online : false;
      return { kind: 'retry', message: 'No connection to the server' };
    }
    const { data, error, response } = call;
    if (data) {
      this.online = true;
      this.#offset = clockOffset(data.serverNow, requestedAt, this.#deps.now());
      return { kind: 'saved', attempt: data };
    }
    const why = message(error, `The server answered ${response.status}`);
    if (response.status === 401) {
      this.#deps.onSignedOut();
      return { kind: 'unauthorized', message: why };
    }
    if (response.status === 409 && /time ran out|already submitted/i.test(why)) return { kind: 'closed', message: why };
    if (response.status === 408 || response.status === 429 || response.status >= 500) return { kind: 'retry', message: why };
    return { kind: 'rejected', message: why };
  }
}

function storeFor(attemptId: string) {
  try {
    const storage = window.localStorage;
    storage.setItem('__dermatome_probe__', '1');
    storage.removeItem('__dermatome_probe__');
    return localQueueStore(`dermatome:exam:${attemptId}`, storage);
  } catch {
    return memoryQueueStore();
  }
}
