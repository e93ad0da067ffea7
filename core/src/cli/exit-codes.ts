/** Exit codes (docs/spec/cli.md): every command returns one of these, never a bare number. */
export const EXIT = { ok: 0, usage: 2, found: 3, log: 4 } as const;
