import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { OptimiserItem } from '../core/fsrs-fit';

/** The optimiser script: apps/api/bin, found from src/parameters (tests) or dist/parameters (built). */
export const OPTIMISER_SCRIPT = join(__dirname, '..', '..', 'bin', 'fsrs-optimiser.cjs');

export interface OptimiserOptions {
  enableShortTerm: boolean;
  numRelearningSteps: number;
  /** The child is killed after this long. */
  timeoutMs: number;
}

/**
 * Runs fsrs-rs's computeParameters in a child process: whatever the input does to the native
 * code (a panic aborts the child), the API process only sees a rejected promise.
 */
export function runOptimiser(items: readonly OptimiserItem[], options: OptimiserOptions): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = fork(OPTIMISER_SCRIPT, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
    let settled = false;
    let stderr = '';
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new Error(`the optimiser took longer than ${options.timeoutMs} ms and was stopped`)));
    }, options.timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString();
    });
    child.on('message', (message: { weights?: number[]; error?: string }) => {
      if (message.weights) finish(() => resolve(message.weights!));
      else finish(() => reject(new Error(`the optimiser failed: ${message.error ?? 'no answer'}`)));
    });
    child.on('error', (error) => finish(() => reject(error)));
    child.on('exit', (code, signal) => {
      const panic = /panicked at[^\n]*\n([^\n]*)/.exec(stderr)?.[1]?.trim();
      finish(() =>
        reject(
          new Error(`the optimiser process ended (${signal ?? `code ${code}`})${panic ? `: ${panic}` : ''} without weights`),
        ),
      );
    });
    child.send({ items, enableShortTerm: options.enableShortTerm, numRelearningSteps: options.numRelearningSteps });
  });
}
