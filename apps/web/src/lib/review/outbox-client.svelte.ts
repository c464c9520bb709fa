import { LIMITS } from '@dermatome/api-client';
import { browserApi } from '$lib/api';
import { createListeners } from './listeners';
import {
  localStorageStore,
  memoryStore,
  ReviewOutbox,
  type OutboxStatus,
  type BatchSendOutcome,
  type PendingReview,
  type ReviewResult,
  type SendOutcome,
} from './outbox';

/** What the pages show about the outbox and the connection (reactive). */
class OutboxView {
  pending = $state(0);
  status = $state<OutboxStatus>('idle');
  retryAt = $state<number | null>(null);
  online = $state(true);
  /** Ratings the API refused for good, for the learner to see (newest last). */
  refused = $state<{ reviewId: string; message: string }[]>([]);
}

export const outboxView = new OutboxView();

const acknowledgedListeners = createListeners<[item: PendingReview, result: ReviewResult]>();
const refusedListeners = createListeners<[item: PendingReview, message: string]>();
const drainedListeners = createListeners<[]>();

let outbox: ReviewOutbox | null = null;
let owner: string | null = null;

/** POST /study/reviews for one rating, with the answer sorted into what the outbox should do next. */
export async function sendReview(item: PendingReview): Promise<SendOutcome> {
  let call;
  try {
    call = await browserApi.POST('/api/study/reviews', { body: item });
  } catch {
    return { kind: 'retry', message: 'No connection to the server' };
  }
  const { data, error, response } = call;
  if (response.ok && data) return { kind: 'acknowledged', result: data };
  const message = (error as { message?: string } | undefined)?.message ?? `The server answered ${response.status}`;
  if (response.status === 401) return { kind: 'unauthorized', message };
  if (response.status === 408 || response.status === 429 || response.status >= 500) return { kind: 'retry', message };
  return { kind: 'rejected', status: response.status, message };
}

/** Most ratings one request carries: the API's limit on a batch. */
export const REVIEW_BATCH_SIZE = LIMITS.SubmitReviewBatchDto.reviews.maxItems;

/** POST /study/reviews/batch with the oldest waiting ratings: one outcome per rating, in order. */
export async function sendReviews(items: PendingReview[]): Promise<BatchSendOutcome> {
  let call;
  try {
    call = await browserApi.POST('/api/study/reviews/batch', { body: { reviews: items } });
  } catch {
    return { kind: 'retry', message: 'No connection to the server' };
  }
  const { data, error, response } = call;
  if (response.ok && data) {
    return {
      kind: 'results',
      outcomes: data.results.map((r): SendOutcome => {
        if (r.outcome !== 'refused' && r.result) return { kind: 'acknowledged', result: r.result };
        const status = r.status ?? 409;
        const message = r.message ?? `The server refused this rating (${status})`;
        return status >= 500 ? { kind: 'retry', message } : { kind: 'rejected', status, message };
      }),
    };
  }
  const message = (error as { message?: string } | undefined)?.message ?? `The server answered ${response.status}`;
  if (response.status === 401) return { kind: 'unauthorized', message };
  if (response.status === 408 || response.status === 429 || response.status >= 500) return { kind: 'retry', message };
  // A refusal of the whole batch (e.g. one malformed rating) is sorted out one rating at a time, in order.
  const outcomes: SendOutcome[] = [];
  for (const item of items) {
    const outcome = await sendReview(item);
    outcomes.push(outcome);
    if (outcome.kind === 'retry' || outcome.kind === 'unauthorized') break;
  }
  return { kind: 'results', outcomes };
}

function storeFor(userId: string) {
  try {
    const storage = window.localStorage;
    const probe = '__dermatome_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return localStorageStore(`dermatome:outbox:${userId}`, storage);
  } catch {
    return memoryStore();
  }
}

/**
 * The outbox of the signed-in learner, started once per page load (the root layout calls this),
 * so ratings keep going out whichever page is open. Another learner signing in gets their own.
 */
export function connectOutbox(userId: string): ReviewOutbox {
  if (outbox && owner === userId) return outbox;
  outbox?.stop();
  owner = userId;
  let wasPending = false;
  outbox = new ReviewOutbox({
    store: storeFor(userId),
    sendBatch: sendReviews,
    batchSize: REVIEW_BATCH_SIZE,
    onChange: (snapshot) => {
      outboxView.pending = snapshot.pending.length;
      outboxView.status = snapshot.status;
      outboxView.retryAt = snapshot.retryAt;
      if (wasPending && snapshot.pending.length === 0) drainedListeners.notify();
      wasPending = snapshot.pending.length > 0;
    },
    onAcknowledged: (item, result) => acknowledgedListeners.notify(item, result),
    onRejected: (item, _status, message) => {
      outboxView.refused = [...outboxView.refused, { reviewId: item.reviewId, message }];
      refusedListeners.notify(item, message);
    },
  });
  outboxView.pending = outbox.pending.length;
  outboxView.online = navigator.onLine;
  window.addEventListener('online', () => {
    outboxView.online = true;
    outbox?.retryNow();
  });
  window.addEventListener('offline', () => {
    outboxView.online = false;
  });
  outbox.retryNow();
  return outbox;
}

export function currentOutbox(): ReviewOutbox | null {
  return outbox;
}

/** Subscriptions; each returns its unsubscribe function. */
export const onAcknowledged = acknowledgedListeners.add;
export const onRefused = refusedListeners.add;
/** Called when the last waiting rating has been acknowledged. */
export const onDrained = drainedListeners.add;

export function dismissRefused(reviewId: string): void {
  outboxView.refused = outboxView.refused.filter((r) => r.reviewId !== reviewId);
}
