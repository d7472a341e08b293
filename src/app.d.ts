// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      lang: 'en' | 'zh';
      /** The signed-in account, or null for a guest. */
      user: import('$lib/server/auth/sessions').SessionUser | null;
      /** The current session's id (hashed token), for sign-out. */
      sessionId: string | null;
    }
  }
}

export {};
