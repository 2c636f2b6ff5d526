/**
 * How the classifier combines the cue classifier and the learned model (shared with
 * scripts/train-topics.ts, which chooses the settings by cross-validation).
 *
 * - primary: with a `stack` (a small learned combiner, see `Stack`), the topic it scores highest; without one, the
 *   topic with the highest `primaryModel * P(primary) + (1 - primaryModel) * cue side`, where the cue side is half
 *   the cue score (`1 - exp(-strength / 4)`, 0..1) and half "the cue classifier's primary". Either way the cue
 *   classifier's primary stays when its cue strength is at least `keepCue` times the cue strength
 *   of the topic so chosen: the model may move the primary only to a topic the cues found a fair share of
 *   evidence for, never to one they found nothing for (it reads words: a list of data items reads as
 *   collection even where "the courier receives" them);
 * - further topics: a topic the cue classifier chose is kept unless the model's membership probability is
 *   below `veto` (the model is sure it is not covered); a topic it did not choose is added when the model's
 *   membership reaches `add` (or the topic's own threshold in `addByTopic`) and the cue classifier has some strength for it (`addMinCue`). At most three further topics, cue-backed ones first, then by probability.
 */
/**
 * A learned combiner for the primary topic: a conditional logit whose score for a topic is
 * `model * ln P(primary) + cue * cue score + cuePrimary * [the cue classifier's primary] + member * ln P(covers)
 * + cueChosen * [the cue classifier chose it] + bias[topic]`. Fitted by scripts/train-topics.ts on predictions
 * for sections no model or combiner had seen (each training set predicted by a model trained on the others).
 */
export interface Stack {
  readonly model: number;
  readonly cue: number;
  readonly cuePrimary: number;
  readonly member: number;
  readonly cueChosen: number;
  /** Per topic, indexed like TOPIC_SLUGS. */
  readonly bias: readonly number[];
}

/** Probabilities are floored before their logarithm (shared with the fit in scripts/train-topics.ts). */
export const STACK_FLOOR = 1e-4;

/** The stack's score for each topic (written into `out`). */
export function stackScores(
  stack: Stack,
  primary: ArrayLike<number>,
  member: ArrayLike<number>,
  cueStrength: ArrayLike<number>,
  cueTopics: readonly number[],
  out: Float64Array,
): Float64Array {
  const cuePrimary = cueTopics[0] ?? -1;
  for (let t = 0; t < out.length; t++) {
    out[t] =
      stack.model * Math.log((primary[t] ?? 0) + STACK_FLOOR) +
      stack.cue * cueScore(cueStrength[t] ?? 0) +
      (t === cuePrimary ? stack.cuePrimary : 0) +
      stack.member * Math.log((member[t] ?? 0) + STACK_FLOOR) +
      (cueTopics.includes(t) ? stack.cueChosen : 0) +
      (stack.bias[t] ?? 0);
  }
  return out;
}

export interface Blend {
  /** The learned combiner for the primary topic; without it, `primaryModel` weighs the model against the cues. */
  readonly stack?: Stack;
  readonly primaryModel: number;
  readonly veto: number;
  readonly add: number;
  /**
   * ...and only when the cue classifier has at least this strength for it: the model reads words, the cues
   * read structure ("the scheme shares your name with us" is a source, not sharing), so the model alone does
   * not add a topic the cues found nothing for.
   */
  readonly addMinCue: number;
  /** The cue classifier's primary stays when its strength is at least this many times the chosen topic's (Infinity: never). */
  readonly keepCue: number;
  /**
   * Per-topic `add` thresholds (indexed like TOPIC_SLUGS), replacing `add` where given: further topics such as
   * retention or choices, which mixed paragraphs cover in a sentence or two, may need less model certainty than
   * others. Chosen by cross-validation (scripts/train-topics.ts).
   */
  readonly addByTopic?: readonly number[];
  /**
   * Per-topic `keepCue`, indexed by the cue classifier's primary, replacing `keepCue` where given: the cues read
   * clause structure the model cannot ("the courier receives your address" is sharing, though it lists data
   * items), so their primary may deserve to stay for some topics and not for others.
   */
  readonly keepCueByTopic?: readonly number[];
  /** Per-topic `addMinCue`, replacing it where given (0: the model may add the topic without cue support). */
  readonly addMinCueByTopic?: readonly number[];
}

/** The cue classifier's strength mapped to 0..1, as in its reported scores. */
export const cueScore = (strength: number): number => 1 - Math.exp(-strength / 4);

export const MAX_FURTHER = 3;

/** The stack's scores of the last call (reused). */
let scratch = new Float64Array(0);

/** Topic indices, primary first. */
export function blendTopics(
  primary: ArrayLike<number>,
  member: ArrayLike<number>,
  cueStrength: ArrayLike<number>,
  cueTopics: readonly number[],
  blend: Blend,
): number[] {
  const topics = primary.length;
  const cuePrimary = cueTopics[0] ?? -1;
  const stacked = blend.stack ? stackScores(blend.stack, primary, member, cueStrength, cueTopics, scratch.length === topics ? scratch : (scratch = new Float64Array(topics))) : undefined;
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < topics; t++) {
    const score = stacked
      ? (stacked[t] as number)
      : blend.primaryModel * (primary[t] ?? 0) + (1 - blend.primaryModel) * (0.5 * cueScore(cueStrength[t] ?? 0) + (t === cuePrimary ? 0.5 : 0));
    if (score > bestScore) {
      bestScore = score;
      best = t;
    }
  }
  const cueBest = cueStrength[cuePrimary] ?? 0;
  const keepCue = (cuePrimary !== -1 ? blend.keepCueByTopic?.[cuePrimary] : undefined) ?? blend.keepCue;
  if (cuePrimary !== -1 && best !== cuePrimary && cueBest >= keepCue * (cueStrength[best] ?? 0)) best = cuePrimary;
  const further: [number, number][] = [];
  for (let t = 0; t < topics; t++) {
    if (t === best) continue;
    const m = member[t] ?? 0;
    const fromCues = cueTopics.includes(t);
    const add = blend.addByTopic?.[t] ?? blend.add;
    const minCue = blend.addMinCueByTopic?.[t] ?? blend.addMinCue;
    if (fromCues ? m >= blend.veto : m >= add && (cueStrength[t] ?? 0) >= minCue) further.push([t, m + (fromCues ? 1 : 0)]);
  }
  further.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return [best, ...further.slice(0, MAX_FURTHER).map(([t]) => t)];
}
