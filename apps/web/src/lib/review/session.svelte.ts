import type { Schema } from '@dermatome/api-client';
import { browserApi } from '$lib/api';
import type { LearnerAnswer, PendingReview, Rating, ReviewOutbox, ReviewResult } from './outbox';
import type { ViewId } from '@dermatome/data';

export type QueueCard = Schema<'QueueCardDto'>;
export type Reveal = Schema<'RevealResultDto'>;
export type Queue = Schema<'QueueDto'>;
export type Mastery = Schema<'MasteryDto'>;

export type Phase =
  /** Looking for the next card (only when none was fetched ahead). */
  | 'loading'
  | 'question'
  | 'answer'
  /** Nothing due now; a learning card comes due later today (nextLearningDue). */
  | 'waiting'
  /** Offline with nothing left in hand: more cards once the connection is back. */
  | 'offline'
  | 'done';

export interface AnsweredCard {
  card: QueueCard;
  reveal: Reveal | null;
  reviewId: string;
  rating: Rating;
  durationMs: number;
}

export interface SessionDeps {
  outbox: ReviewOutbox;
  deckId: string | null;
  /** Called when the API says the session ended (401). */
  onSignedOut: () => void;
  now?: () => number;
  newReviewId?: () => string;
}

/** Fetch ahead when fewer cards than this are left in hand. */
const REFILL_BELOW = 5;
const QUEUE_LIMIT = 50;
/** The API refuses longer durations; a card left open over lunch counts as this long. */
const MAX_DURATION_MS = 3_600_000;
const REVEAL_RETRY_MS = 5000;

/**
 * One review session: the card on screen, the cards fetched ahead, answering (reveal), rating
 * (into the outbox, never waiting for the network) and undo. The API schedules; this only keeps
 * track of what is in hand.
 */
export class ReviewSession {
  phase = $state<Phase>('loading');
  current = $state<QueueCard | null>(null);
  reveal = $state<Reveal | null>(null);
  /** The learner's answer to the current card (option or click), once given. */
  answer = $state<LearnerAnswer | null>(null);
  /** 'offline' while a reveal waits for the connection. */
  revealStatus = $state<'idle' | 'loading' | 'offline' | 'error'>('idle');
  revealError = $state<string | null>(null);
  answered = $state<AnsweredCard[]>([]);
  nextLearningDue = $state<string | null>(null);
  notice = $state<string | null>(null);
  undoing = $state(false);
  /** The rating an examination case's submitted examination suggests (null for other cards). */
  examinedRating = $state<Rating | null>(null);
  /** Goes up every time a card is put on screen (the same card shown again counts anew). */
  shown = $state(0);
  /** While a suspend, bury or unsuspend is on its way. */
  setAsideBusy = $state(false);
  /** The card the learner last suspended or buried, for the undo offered in the notice. */
  lastSetAside = $state<{ card: QueueCard; kind: 'suspend' | 'bury' } | null>(null);

  /** Cards fetched ahead, in the order the API gave them. */
  #upcoming = $state.raw<QueueCard[]>([]);
  /** Today's total at the last fetch, minus what was answered since (see `left`). */
  #dueAtFetch = $state(0);
  #answeredAtFetch = $state(0);

  #shownAt = 0;
  #refill: Promise<void> | null = null;
  #finding = false;
  #revealAttempt = 0;
  #timers: ReturnType<typeof setTimeout>[] = [];
  #learningTimer: ReturnType<typeof setTimeout> | null = null;
  #learningTimerAt = Infinity;
  /** The newest version the API acknowledged per card: older copies in a queue answer are stale. */
  #knownVersion: Record<string, number> = {};
  readonly #deps: Required<SessionDeps>;

  constructor(deps: SessionDeps) {
    this.#deps = { now: Date.now, newReviewId: () => crypto.randomUUID(), ...deps };
  }

  /** Cards left today as far as the session knows: in hand, or counted by the API at the last fetch. */
  get left(): number {
    const inHand = this.#upcoming.length + (this.current && this.phase !== 'done' ? 1 : 0);
    return Math.max(inHand, this.#dueAtFetch - (this.answered.length - this.#answeredAtFetch));
  }

  get canUndo(): boolean {
    return this.answered.length > 0 && !this.undoing;
  }

  /** Starts from a queue the server load fetched; cards whose rating is still in the outbox are skipped. */
  start(queue: Queue): void {
    this.#takeQueue(queue, this.#deps.outbox.pending.length);
    this.#showNext();
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers = [];
    if (this.#learningTimer) clearTimeout(this.#learningTimer);
  }

  /**
   * An examination case was examined and its diagnosis submitted: the answer side opens, starting on
   * the rating the examination suggests (from its grade and how efficient it was).
   */
  examined(suggested: Rating): Promise<void> {
    this.examinedRating = suggested;
    return this.#revealWith(undefined);
  }

  /** Flip: show the answer side without an answer to grade (also "I don't know" on other cards). */
  showAnswer(): Promise<void> {
    return this.#revealWith(undefined);
  }

  choose(optionId: string): Promise<void> {
    return this.#revealWith({ optionId });
  }

  /** A click (or keyboard placement) on the map, in the view's SVG coordinates. */
  place(view: ViewId, x: number, y: number): Promise<void> {
    return this.#revealWith({ view, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  }

  /** Retries a reveal that failed (called when the connection comes back). */
  retryReveal(): void {
    if (this.phase === 'question' && (this.revealStatus === 'offline' || this.revealStatus === 'error')) {
      void this.#revealWith(this.answer ?? undefined);
    }
  }

  /**
   * The rating the answer side starts on: the API's suggestion after a graded answer; Again when
   * the learner chose "I don't know" on a card that asks for an answer; Good on a flip card.
   */
  get preselected(): Rating {
    if (this.examinedRating) return this.examinedRating;
    const suggested = this.reveal?.suggestedRating as Rating | null | undefined;
    if (suggested) return suggested;
    return this.current && this.current.face.answerKind !== 'flip' && this.answer === null ? 1 : 3;
  }

  rate(rating: Rating): void {
    const card = this.current;
    if (this.phase !== 'answer' || !card) return;
    const item: PendingReview = {
      reviewId: this.#deps.newReviewId(),
      cardId: card.cardId,
      rating,
      durationMs: Math.min(MAX_DURATION_MS, Math.max(0, Math.round(this.#deps.now() - this.#shownAt))),
      version: card.version,
      ...(this.answer ? { answer: this.answer } : {}),
    };
    this.#deps.outbox.enqueue(item);
    this.answered = [
      ...this.answered,
      { card, reveal: this.reveal, reviewId: item.reviewId, rating, durationMs: item.durationMs },
    ];
    this.notice = null;
    this.lastSetAside = null;
    this.#showNext();
  }

  /**
   * Takes the card on screen out of today's reviews: bury (it comes back on the next study day)
   * or suspend (it stays out until unsuspended). The API keeps its schedule; the session moves on.
   */
  async setAside(kind: 'suspend' | 'bury'): Promise<void> {
    const card = this.current;
    if (!card || (this.phase !== 'question' && this.phase !== 'answer') || this.setAsideBusy) return;
    this.setAsideBusy = true;
    try {
      const path = kind === 'suspend' ? '/api/study/cards/{cardId}/suspend' : '/api/study/cards/{cardId}/bury';
      const { data, error, response } = await browserApi.POST(path, { params: { path: { cardId: card.cardId } } });
      if (response.status === 401) return this.#deps.onSignedOut();
      if (!data) {
        this.notice = `Could not ${kind} the card: ${(error as { message?: string } | undefined)?.message ?? response.statusText}`;
        return;
      }
      if (this.current !== card) return;
      this.#knownVersion[card.cardId] = data.version;
      this.lastSetAside = { card: { ...card, version: data.version }, kind };
      this.notice =
        kind === 'suspend'
          ? 'Card suspended: it stays out of your reviews until you unsuspend it (Settings → Suspended cards).'
          : 'Card buried: it comes back on your next study day.';
      this.#upcoming = this.#upcoming.filter((c) => c.cardId !== card.cardId);
      // it left today's count without an answer
      this.#dueAtFetch = Math.max(0, this.#dueAtFetch - 1);
      this.#showNext();
    } catch {
      this.notice = `${kind === 'suspend' ? 'Suspending' : 'Burying'} a card needs the connection: try again when you are back online.`;
    } finally {
      this.setAsideBusy = false;
    }
  }

  /** Takes back the last suspension or burial: the card is unsuspended or unburied and shown again at once. */
  async restoreLast(): Promise<void> {
    const last = this.lastSetAside;
    if (!last || this.setAsideBusy) return;
    const verb = last.kind === 'suspend' ? 'unsuspend' : 'unbury';
    this.setAsideBusy = true;
    try {
      const path = last.kind === 'suspend' ? '/api/study/cards/{cardId}/unsuspend' : '/api/study/cards/{cardId}/unbury';
      const { data, error, response } = await browserApi.POST(path, { params: { path: { cardId: last.card.cardId } } });
      if (response.status === 401) return this.#deps.onSignedOut();
      if (!data) {
        this.notice = `Could not ${verb} the card: ${(error as { message?: string } | undefined)?.message ?? response.statusText}`;
        return;
      }
      this.#knownVersion[last.card.cardId] = data.version;
      this.lastSetAside = null;
      this.#dueAtFetch += 1;
      const onScreen = this.phase === 'question' || this.phase === 'answer' ? this.current : null;
      this.#upcoming = [...(onScreen ? [onScreen] : []), ...this.#upcoming.filter((c) => c.cardId !== last.card.cardId)];
      this.#show({ ...last.card, version: data.version });
      this.notice = `Card ${verb === 'unsuspend' ? 'unsuspended' : 'unburied'}: it is back.`;
    } catch {
      this.notice = `${verb === 'unsuspend' ? 'Unsuspending' : 'Unburying'} needs the connection: try again when you are back online.`;
    } finally {
      this.setAsideBusy = false;
    }
  }

  /**
   * Undoes the latest rating of this session: taken back from the outbox if it was not sent yet,
   * otherwise undone by the API. Either way the card comes back to its question side.
   */
  async undo(): Promise<void> {
    const last = this.answered.at(-1);
    if (!last || this.undoing) return;
    this.undoing = true;
    try {
      let outcome = this.#deps.outbox.withdraw(last.reviewId);
      if (outcome === 'in-flight') {
        await this.#deps.outbox.whenSettled();
        outcome = this.#deps.outbox.withdraw(last.reviewId);
      }
      let version = last.card.version;
      if (outcome === 'absent') {
        const restored = await this.#undoOnServer(last);
        if (restored === null) return;
        version = restored;
      }
      this.answered = this.answered.slice(0, -1);
      const back = { ...last.card, version };
      this.#upcoming = [...(this.current && this.phase !== 'done' ? [this.current] : []), ...this.#upcoming].filter(
        (c) => c.cardId !== back.cardId,
      );
      this.#show(back);
      this.notice = 'Rating undone: the card is back.';
    } finally {
      this.undoing = false;
    }
  }

  /** Call when the outbox acknowledged a rating (any tab of this learner). */
  acknowledged(item: PendingReview, result: ReviewResult): void {
    this.#knownVersion[result.cardId] = result.state.version;
    // A copy fetched before this review is stale now; the next fetch brings it back if it is due.
    this.#upcoming = this.#upcoming.filter((c) => c.cardId !== result.cardId || c.version >= result.state.version);
    const learning = result.state.state === 'learning' || result.state.state === 'relearning';
    if (learning) this.#refreshAt(result.state.due);
    if (this.phase === 'loading' || this.phase === 'offline' || this.phase === 'waiting') this.#showNext();
    void item;
  }

  /**
   * Call when the outbox gave up on a rating (the banner says why): it no longer counts in this
   * session, and the card comes back in a later fetch if it is due.
   */
  refused(item: PendingReview): void {
    this.answered = this.answered.filter((a) => a.reviewId !== item.reviewId);
    void this.#fetchQueue();
  }

  /** Call when the connection is back. */
  online(): void {
    this.retryReveal();
    if (this.phase === 'offline' || this.phase === 'loading') this.#showNext();
  }

  #show(card: QueueCard): void {
    this.current = card;
    this.examinedRating = null;
    this.reveal = null;
    this.answer = null;
    this.revealStatus = 'idle';
    this.revealError = null;
    this.phase = 'question';
    this.shown += 1;
    this.#shownAt = this.#deps.now();
  }

  #showNext(): void {
    const [next, ...rest] = this.#upcoming;
    if (next) {
      this.#upcoming = rest;
      this.#show(next);
      if (rest.length < REFILL_BELOW) void this.#fetchQueue();
      return;
    }
    this.reveal = null;
    this.answer = null;
    this.phase = 'loading';
    void this.#findMore();
  }

  /** Nothing in hand: ask the API, after the outbox has delivered what could bring cards back. */
  async #findMore(): Promise<void> {
    if (this.#finding) return;
    this.#finding = true;
    try {
      await this.#lookForCards();
    } finally {
      this.#finding = false;
    }
  }

  async #lookForCards(): Promise<void> {
    const outbox = this.#deps.outbox;
    if (outbox.pending.length > 0 && navigator.onLine) await outbox.whenSettled();
    const fetched = await this.#fetchQueue();
    if (this.phase !== 'loading') return;
    const [next, ...rest] = this.#upcoming;
    if (next) {
      this.#upcoming = rest;
      this.#show(next);
      return;
    }
    if (!fetched || outbox.pending.length > 0) {
      // ratings still waiting may bring learning cards back; acknowledged() or online() resumes
      this.phase = navigator.onLine ? 'loading' : 'offline';
      if (navigator.onLine) this.#later(() => void this.#findMore(), 3000);
      return;
    }
    this.current = null;
    if (this.nextLearningDue) {
      this.phase = 'waiting';
      this.#refreshAt(this.nextLearningDue);
    } else {
      this.phase = 'done';
    }
  }

  /** Replaces the cards in hand with the API's current queue (its order: learning due now first). */
  #fetchQueue(): Promise<boolean> {
    if (this.#refill) return this.#refill.then(() => true);
    const pendingAtRequest = this.#deps.outbox.pending.length;
    const answeredAtRequest = this.answered.length;
    let ok = false;
    this.#refill = (async () => {
      try {
        const { data, response } = await browserApi.GET('/api/study/queue', {
          params: { query: { limit: QUEUE_LIMIT, ...(this.#deps.deckId ? { deckId: this.#deps.deckId } : {}) } },
        });
        if (response.status === 401) return this.#deps.onSignedOut();
        if (!data) return;
        this.#takeQueue(data, pendingAtRequest, answeredAtRequest);
        ok = true;
      } catch {
        // offline: the cards in hand go on; the next call tries again
      }
    })().finally(() => {
      this.#refill = null;
    });
    return this.#refill.then(() => ok);
  }

  #takeQueue(queue: Queue, pendingAtRequest: number, answeredAtRequest = this.answered.length): void {
    const pendingCards = this.#deps.outbox.pending.map((p) => p.cardId);
    const onScreen = this.phase === 'question' || this.phase === 'answer' ? this.current?.cardId : undefined;
    this.#upcoming = queue.cards.filter(
      (card) =>
        !pendingCards.includes(card.cardId) && card.cardId !== onScreen && card.version >= (this.#knownVersion[card.cardId] ?? 0),
    );
    const { new: fresh, learning, review } = queue.counts;
    // the API still counts the cards whose ratings were on their way when it answered
    this.#dueAtFetch = Math.max(0, fresh + learning + review - pendingAtRequest);
    this.#answeredAtFetch = answeredAtRequest;
    this.nextLearningDue = queue.nextLearningDue;
  }

  async #revealWith(answer: LearnerAnswer | undefined): Promise<void> {
    const card = this.current;
    if (this.phase !== 'question' || !card || this.revealStatus === 'loading') return;
    const attempt = ++this.#revealAttempt;
    this.answer = answer ?? null;
    this.revealStatus = 'loading';
    this.revealError = null;
    try {
      const { data, error, response } = await browserApi.POST('/api/study/cards/{cardId}/reveal', {
        params: { path: { cardId: card.cardId } },
        body: answer ? { answer } : {},
      });
      if (attempt !== this.#revealAttempt || this.current !== card) return;
      if (response.status === 401) return this.#deps.onSignedOut();
      if (!data) {
        this.revealStatus = 'error';
        this.revealError = (error as { message?: string } | undefined)?.message ?? `The server answered ${response.status}`;
        return;
      }
      this.reveal = data;
      this.revealStatus = 'idle';
      this.phase = 'answer';
    } catch {
      if (attempt !== this.#revealAttempt) return;
      this.revealStatus = 'offline';
      // the 'online' event resumes it; this covers a server that was down while the network was up
      this.#later(() => this.retryReveal(), REVEAL_RETRY_MS);
    }
  }

  async #undoOnServer(last: AnsweredCard): Promise<number | null> {
    try {
      const { data, error, response } = await browserApi.POST('/api/study/undo');
      if (response.status === 401) {
        this.#deps.onSignedOut();
        return null;
      }
      if (!data) {
        this.notice = `Could not undo: ${(error as { message?: string } | undefined)?.message ?? response.statusText}`;
        return null;
      }
      this.#knownVersion[data.cardId] = data.state.version;
      if (data.reviewId !== last.reviewId) {
        // the latest review on the server came from another tab or device: that one was undone
        this.notice = 'Undid your latest review from another tab or device; its card is back in the queue.';
        void this.#fetchQueue();
        return null;
      }
      return data.state.version;
    } catch {
      this.notice = 'Undo needs the connection: try again when you are back online.';
      return null;
    }
  }

  /** Looks again when a learning card comes due (the earliest such moment wins). */
  #refreshAt(iso: string): void {
    const at = Date.parse(iso);
    if (this.#learningTimer && this.#learningTimerAt <= at) return;
    if (this.#learningTimer) clearTimeout(this.#learningTimer);
    this.#learningTimerAt = at;
    this.#learningTimer = setTimeout(
      () => {
        this.#learningTimer = null;
        this.#learningTimerAt = Infinity;
        if (this.phase === 'waiting' || this.phase === 'done') {
          this.phase = 'loading';
          void this.#findMore();
        } else {
          void this.#fetchQueue();
        }
      },
      Math.max(0, at - this.#deps.now()) + 500,
    );
  }

  #later(run: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.#timers = this.#timers.filter((t) => t !== timer);
      run();
    }, ms);
    this.#timers.push(timer);
  }
}
