import { combine, cycle, runLoad, type Job, type LabelStats } from "./driver";
import type { LoadPlan } from "./plan";
import type { RequestFactory } from "./requests";
import { ratio, type Row } from "./report";

/**
 * The measured runs against one server (or a pair): answers through the action and through the
 * baseline route in ABBA order at each concurrency, the finishes of the quizzes answered, and the
 * pages against the health check. Halves of each figure run on either side of the other's, so a
 * machine that speeds up or slows down during the run does not favour either.
 */
export interface RunSettings {
  seconds: number;
  concurrency: number[];
  pageConcurrency: number[];
}

/** Each answer attempt is used once in the whole run: answers go in only once. */
export class AttemptQueue {
  private next = 0;
  constructor(private readonly attempts: [string, number][]) {}
  take(): [string, number] | undefined {
    return this.attempts[this.next++];
  }
  /** The attempts handed out since `mark`, for counting what they stored. */
  since(mark: number): string[] {
    return this.attempts.slice(mark, this.next).map(([id]) => id);
  }
  get position(): number {
    return this.next;
  }
}

/** Learner by learner, job by job: each answers its attempt's questions once, in order. */
function* answerJobs(
  queue: AttemptQueue,
  plan: LoadPlan,
  factories: RequestFactory[],
  kind: "action" | "baseline",
): Iterator<Job> {
  for (let index = 0; ; index++) {
    const next = queue.take();
    if (!next) return;
    const [attemptId, learner] = next;
    // With two servers, learners alternate between them.
    const requests = factories[index % factories.length]!;
    yield plan.questions.map((_, position) =>
      kind === "action"
        ? requests.answer(attemptId, learner, position)
        : requests.baseline(attemptId, learner, position),
    );
  }
}

const attemptOf = (job: Job) => job[0]!.path.split("/")[2]!;

export interface AnswerFigures {
  concurrency: number;
  action: LabelStats;
  baseline: LabelStats;
  finish: LabelStats;
}

async function answerRun(
  kind: "action" | "baseline",
  concurrency: number,
  seconds: number,
  context: { queue: AttemptQueue; plan: LoadPlan; factories: RequestFactory[] },
): Promise<{ answers: LabelStats; finish?: LabelStats }> {
  const { queue, plan, factories } = context;
  const run = await runLoad({ concurrency, seconds, jobs: answerJobs(queue, plan, factories, kind) });
  const label = kind === "action" ? "answerQuestion" : "baseline";
  const answers = run.byLabel.get(label) ?? combine(label, []);
  if (kind === "baseline") return { answers };
  // Then every learner who answered all the questions finishes, as the quiz page would.
  const finishJobs = run.completedJobs.map((job, index) => [
    factories[index % factories.length]!.finish(attemptOf(job)),
  ]);
  const finished = await runLoad({ concurrency, seconds, jobs: finishJobs[Symbol.iterator]() });
  return { answers, finish: finished.byLabel.get("finishQuiz") };
}

export async function answerFigures(
  settings: RunSettings,
  context: { queue: AttemptQueue; plan: LoadPlan; factories: RequestFactory[] },
  concurrencies = settings.concurrency,
): Promise<AnswerFigures[]> {
  const half = settings.seconds / 2;
  const figures: AnswerFigures[] = [];
  for (const [index, concurrency] of concurrencies.entries()) {
    const order: ("action" | "baseline")[] =
      index % 2 === 0 ? ["baseline", "action", "action", "baseline"] : ["action", "baseline", "baseline", "action"];
    const action: LabelStats[] = [];
    const baseline: LabelStats[] = [];
    const finish: LabelStats[] = [];
    for (const kind of order) {
      const result = await answerRun(kind, concurrency, half, context);
      (kind === "action" ? action : baseline).push(result.answers);
      if (result.finish) finish.push(result.finish);
    }
    figures.push({
      concurrency,
      action: combine("answerQuestion", action),
      baseline: combine("baseline", baseline),
      finish: combine("finishQuiz", finish),
    });
  }
  return figures;
}

export function answerRows(figures: AnswerFigures[], baselineName = "baseline"): Row[] {
  return figures.flatMap(({ concurrency, action, baseline, finish }) => [
    { stats: { ...baseline, label: "baseline route (session + insert)" }, concurrency },
    { stats: action, concurrency, versus: ratio(action, baseline, baselineName) },
    { stats: finish, concurrency },
  ]);
}

export interface PageFigures {
  concurrency: number;
  health: LabelStats;
  play: LabelStats;
  results: LabelStats;
}

/** The play and results pages, each learner loading their own, against /api/health (ABCCBA). */
export async function pageFigures(
  settings: RunSettings,
  plan: LoadPlan,
  requests: RequestFactory,
): Promise<PageFigures[]> {
  const learners = plan.learners.map((_, learner) => learner);
  const jobsFor = {
    health: () => cycle([[requests.health()]]),
    play: () =>
      cycle(
        learners.map((learner) => [
          requests.page("/play/[attemptId]", `/play/${plan.playAttempts[learner]}`, learner, "Question "),
        ]),
      ),
    results: () =>
      cycle(
        learners.map((learner) => [
          requests.page(
            "/results/[attemptId]",
            `/results/${plan.resultAttempts[learner]}`,
            learner,
            'data-testid="score"',
          ),
        ]),
      ),
  };
  const figures: PageFigures[] = [];
  for (const concurrency of settings.pageConcurrency) {
    const runs: Record<keyof typeof jobsFor, LabelStats[]> = { health: [], play: [], results: [] };
    for (const route of ["health", "play", "results", "results", "play", "health"] as const) {
      const run = await runLoad({ concurrency, seconds: settings.seconds / 2, jobs: jobsFor[route]() });
      runs[route].push([...run.byLabel.values()][0]!);
    }
    figures.push({
      concurrency,
      health: combine("/api/health", runs.health),
      play: combine("/play/[attemptId]", runs.play),
      results: combine("/results/[attemptId]", runs.results),
    });
  }
  return figures;
}

export function pageRows(figures: PageFigures[]): Row[] {
  return figures.flatMap(({ concurrency, health, play, results }) => [
    { stats: health, concurrency },
    { stats: play, concurrency, versus: ratio(play, health, "health") },
    { stats: results, concurrency, versus: ratio(results, health, "health") },
  ]);
}

/** A short untimed pass of everything, so the measured runs see a warm JIT and loaded routes. */
export async function warmUp(context: {
  queue: AttemptQueue;
  plan: LoadPlan;
  factories: RequestFactory[];
}): Promise<void> {
  await answerRun("action", 8, 1.5, context);
  await answerRun("baseline", 8, 1.5, context);
  await pageFigures({ seconds: 2, concurrency: [], pageConcurrency: [8] }, context.plan, context.factories[0]!);
}
