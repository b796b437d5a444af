import { createInterface } from "node:readline/promises";
import type { Context } from "../context.js";
import { terminalSafe } from "../terminal-text.js";
import { checkAnswer, type InitAnswers, type Question } from "./init-answers.js";

/** The person stopped answering: Ctrl-C ("interrupt") or the end of the input, Ctrl-D ("eof"). */
export class QuestionsEnded extends Error {
  override readonly name = "QuestionsEnded";
  constructor(readonly how: "interrupt" | "eof") {
    super(how === "interrupt" ? "interrupted" : "the input ended");
  }
}

/**
 * Asks each question in the terminal, the default in brackets, and asks again with the reason
 * when an answer is refused. Answers are trimmed: a stray space typed at the end means nothing.
 * Rejects with QuestionsEnded on Ctrl-C or Ctrl-D, after giving the terminal back.
 */
export async function askQuestions(pending: readonly Question[], context: Context): Promise<Partial<InitAnswers>> {
  const { io, colors } = context;
  const answers: Partial<Record<keyof InitAnswers, unknown>> = {};
  if (pending.length === 0) return answers as Partial<InitAnswers>;
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: true });
  // readline/promises leaves a pending question unanswered on Ctrl-C and at the end of the input;
  // aborting it is how the loop below learns about either.
  const ended = new AbortController();
  let how: "interrupt" | "eof" = "eof";
  rl.on("SIGINT", () => {
    how = "interrupt";
    ended.abort();
  });
  rl.on("close", () => ended.abort());
  try {
    for (const question of pending) {
      const shown = question.fallback === undefined ? "" : ` ${colors.out.dim(`[${question.fallback.shown}]`)}`;
      for (;;) {
        let line: string;
        try {
          line = await rl.question(`${question.prompt}${shown}: `, { signal: ended.signal });
        } catch (error) {
          if (ended.signal.aborted) throw new QuestionsEnded(how);
          throw error;
        }
        const checked = checkAnswer(question, line.trim());
        if (checked.ok) {
          answers[question.key] = checked.value;
          break;
        }
        io.stderr.write(`  ${colors.err.yellow(terminalSafe(checked.reason))}\n`);
      }
    }
  } finally {
    rl.close();
  }
  return answers as Partial<InitAnswers>;
}
