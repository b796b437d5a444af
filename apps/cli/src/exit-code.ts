/**
 * The exit codes scripts can rely on. Documented in the README; never renumber.
 * - ok: the command did what was asked (a valid policy, files written, a check that passed);
 * - failed: the policy has errors, or `--check` found files out of date;
 * - usage: the command line is wrong, or a file cannot be read or written: the user can fix it;
 * - internal: a bug in policy itself (EX_SOFTWARE from sysexits.h);
 * - interrupted: Ctrl-C while `policy init` asks its questions (128 + SIGINT, as a shell reports it).
 */
export const ExitCode = { ok: 0, failed: 1, usage: 2, internal: 70, interrupted: 130 } as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
