/** Exit codes (docs/spec/cli.md): every command returns one of these, never a bare number. */
export const EXIT = { ok: 0, usage: 2, found: 3, log: 4, interrupted: 130 } as const;

/** The conventional exit code of a run ended by a signal: 128 + its number (SIGINT 130, SIGTERM 143). */
export const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
