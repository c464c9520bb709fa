// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Schema } from '@dermatome/api-client';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The signed-in learner, resolved once per request in hooks.server.ts. */
      user: Schema<'UserDto'> | null;
    }
  }
}

export {};
