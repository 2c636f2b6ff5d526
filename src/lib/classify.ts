/**
 * Topic classifier for policy sections: weighted cue matching over heading and body (`classifyByCues`),
 * blended with a small learned linear model (`classify/model.ts`, weights committed in
 * `classify/model-weights.ts`, trained offline by scripts/train-topics.ts) in `classifySection`; see
 * `classify/blend.ts` for how the two are combined.
 *
 * Deterministic, no network, nothing downloaded: the cue knowledge is the cue table in
 * `classify/lexicon.ts`, compiled once at module load into word-indexed matchers so that a
 * section costs one pass over its words; the model reuses that tokenization and each word's cached lookups
 * (`WordInfo`), and cue evidence is built only for the topics returned (about 26,000-28,000 sections per second
 * on one core in scripts/bench-tagger.ts on a quiet machine, about 1.25-1.3 times the first ensemble).
 *
 * The cue classifier:
 * How a section is scored, per topic:
 * - body: each matched cue adds its weight, a repeated cue adds half its weight again per
 *   repeat (up to 3 repeats); the sum is divided by sqrt(words / 60) for bodies longer than
 *   60 words, so a long section needs proportionally more evidence and a word in passing does
 *   not add a topic;
 * - heading: heading cues, and body cues at twice their weight, summed and capped; the heading
 *   counts in full only when the body supports the topic too, otherwise half: a heading helps
 *   but does not decide alone (except over an empty body, where it is all there is);
 * - structure: a recipient named after "from" ("information from our partners"), or data a party shares
 *   "with us" in the same sentence, counts as a source, for `collection`; a sentence about the policy itself ("This policy explains what we collect ...",
 *   "By using our Services you agree ...", "We are committed to protecting your privacy") adds no practice cues and
 *   counts for `overview` (outside the length normalization), and when such sentences are half the section or more the
 *   practice cues of the rest count only for the non-meta share; a sentence in which the reader acts on a choice
 *   ("you can set your browser to refuse cookies", "you may withdraw your consent") adds `choices` as a further topic,
 *   never as the primary; in a heading, a topic that is the object of an action ("Opting out of sharing")
 *   or qualified by a place ("Service providers outside Canada") gives way, a practice named after "why"
 *   ("Why we collect your information") gives way to `use`, and in a joined heading
 *   ("Sharing and Security") the first topic named leads;
 * - clauses: a sentence's main verb names a practice whatever its nouns ("we forward your application to
 *   lenders" is `sharing`, "X is used to" is `use`, "kept for six years" is `retention`, see CLAUSES); between
 *   collection, use and sharing, the paragraph's first sentence counts extra for the primary;
 * - strength = heading + body. The primary topic is the strongest; others are kept when they
 *   reach both an absolute floor and a share of the primary's strength (a topic with concrete
 *   evidence from a pattern, such as an email address or phone number for `contact`, needs only
 *   the floor: a reachable address is worth listing whatever else the section is about).
 *   Nothing strong enough: `other`.
 *
 * Reported scores are `1 - exp(-strength / 4)`, in 0..1, comparable across topics and sections
 * (0.5 is about one heading cue with body support, or a few solid body phrases; 0.9+ is a
 * section about little else).
 */
import { BLEND } from './classify/model-weights.ts';
import { blendTopics, cueScore } from './classify/blend.ts';
import { readSection } from './classify/heading.ts';
import { FUNCTION_WORDS, modelEvidence, modelWordOf, scoreModel, type ModelWord } from './classify/model.ts';
import { LEXICON, type Cue } from './classify/lexicon.ts';
import { TOPIC_SLUGS, type TopicSlug } from './taxonomy.ts';
import { isLetterOrDigitUnit } from './text.ts';

export interface SectionInput {
  readonly heading?: string | undefined;
  readonly text: string;
}

export interface TopicScore {
  readonly topic: TopicSlug;
  /** 0..1, see the module comment. */
  readonly score: number;
  /** Matched words and phrases as they appear in the section (lowercased), strongest first. */
  readonly evidence: readonly string[];
}

/** Body cues read in a heading count this much more: a heading is a summary. */
const BODY_CUE_IN_HEADING = 2;
/** Cap on the heading's contribution, so a long heading listing many things cannot swamp the body. */
const HEADING_CAP = 9;
/** Bodies up to this many words are not scaled down. */
const LENGTH_NORM_WORDS = 60;
/** A repeat of the same cue adds this share of its weight, for at most MAX_REPEATS repeats. */
const REPEAT_SHARE = 0.5;
const MAX_REPEATS = 3;
/** Body strength at which a heading's cue counts in full (below it, proportionally less, down to half). */
const HEADING_SUPPORT = 1.5;
/** Weakest strength that can make a primary topic; below it the section is `other`. */
const MIN_PRIMARY = 1.2;
/**
 * A secondary topic needs this absolute strength and this share of the primary's, the share capped
 * at MAX_SECONDARY_FLOOR: a section that is overwhelmingly about one topic (a long CCPA notice) can
 * still substantively cover a second (the rights to access and delete it lists).
 */
const MIN_SECONDARY = 3;
const SECONDARY_SHARE = 0.3;
const MAX_SECONDARY_FLOOR = 5;
/**
 * A secondary topic also needs this much from the body: a heading alone may name the primary topic
 * only, and a heading plus a word in passing ("Do we collect information from minors?") is not a
 * second topic.
 */
const MIN_SECONDARY_BODY = 2;
/** At most this many topics per section. */
const MAX_TOPICS = 4;
const MAX_EVIDENCE = 5;
const SCORE_SCALE = 4;

/** First-word index key length for stem cues ("retain*" is found under "ret"). */
const STEM_KEY = 3;

interface CompiledCue {
  readonly id: number;
  readonly topic: number;
  readonly weight: number;
  readonly words: readonly string[];
  /** Per word: true when the word is a stem that matches any word starting with it. */
  readonly stems: readonly boolean[];
  /** Per word: its number in CUE_WORD_IDS (exact words; -1 for stems), compared with the text's word ids. */
  readonly ids: readonly number[];
}

interface Matcher {
  readonly byWord: ReadonlyMap<string, readonly CompiledCue[]>;
  readonly byStemKey: ReadonlyMap<string, readonly CompiledCue[]>;
}

interface CompiledPattern {
  readonly topic: number;
  readonly weight: number;
  readonly regex: RegExp;
  readonly requires: RegExp;
}

const TOPIC_COUNT = TOPIC_SLUGS.length;
const OTHER_INDEX = TOPIC_SLUGS.indexOf('other');
const OVERVIEW_INDEX = TOPIC_SLUGS.indexOf('overview');
const COLLECTION_INDEX = TOPIC_SLUGS.indexOf('collection');
const USE_INDEX = TOPIC_SLUGS.indexOf('use');
const SHARING_INDEX = TOPIC_SLUGS.indexOf('sharing');
const CHOICES_INDEX = TOPIC_SLUGS.indexOf('choices');
const INTERNATIONAL_INDEX = TOPIC_SLUGS.indexOf('international');
/**
 * Words that may stand between "from" and a recipient ("from our partners", "from other companies"):
 * a recipient named after "from" is a source, so its cue counts for `collection`, not `sharing`.
 */
const SOURCE_DETERMINERS = new Set(['our', 'other', 'the', 'your', 'these', 'such', 'certain', 'trusted', 'selected', 'various', 'a', 'an', 'some']);
/**
 * A sentence saying what the policy itself covers ("This policy explains what we collect, how we use it
 * and the choices you have") is an introduction: the practices it names are not described there, so
 * their cues do not count.
 */
const META_SENTENCE =
  /\b(?:what|which|the) (?:kinds? of |types? of )?(?:personal )?(?:information|data)\b[^.;:]{0,30}?\bwe (?:collect|gather|obtain)\b[^.;:]{0,20}?\bhow (?:we |it |this )?(?:(?:may )?use|is used)\b[^.;:]*|\b(?:this|our) (?:privacy |cookie )?(?:policy|notice|statement)\b[^.;:]*?\b(?:describes|explains|sets out|tells you|outlines|informs you|covers|applies to|to disclose our)\b[^.;:]*|\bit (?:describes|explains|sets out|tells you|outlines)\b[^.;:]*/g;
/**
 * A whole sentence about the policy itself rather than a practice: the policy as subject with a verb
 * saying what it does ("This notice applies to ...", "Such notices may supplement this Policy"), an
 * invitation to read it (not another party's), acceptance by use ("By using our Services you agree ..."), a commitment or
 * a statement of trust ("We are committed to protecting your privacy", "We value the trust you place in
 * us"), a law requiring the notice ("Federal law requires us to tell you how we collect ..."). Each such
 * sentence counts for `overview`, and the practices it names do not count.
 */
const META_WHOLE =
  /\b(?:(?:this|our|the) (?:online |website |global |privacy |cookie |data protection |data privacy |fair processing )?(?:policy|notice|statement)\b(?:(?!\bnot\b|n t\b)[^.!?]){0,60}?\b(?:describes?|explains?|sets? out|tells? you|outlines?|informs?|covers?|appl(?:y|ies)|governs?|is designed|is intended|is meant|helps? you understand|will help you|provides? (?:you with )?(?:information|details|an overview)|is written|forms? part|is part)\b|(?:supplement|read|review)\w* (?:this|our) (?:privacy |cookie )?(?:policy|notice|statement)|by (?:using|accessing|visiting|registering|browsing|submitting)\b[^.!?]{0,80}?\b(?:you (?:agree|accept|consent|acknowledge)|you are (?:agreeing|accepting|consenting))|we are (?:committed|dedicated) to|we (?:value|respect|appreciate) (?:the trust|your trust|your privacy)|your privacy (?:is|matters)|(?:law|regulations?|act) (?:also )?requires? (?:us|entities|organisations|organizations|companies)\b[^.!?]{0,40}?\b(?:to tell you|to inform you|to have a privacy|to notify you|to provide you with (?:this|a) notice)|who we are\b|(?:welcome to|thank you for (?:visiting|using|choosing)))/;
/** A body sentence, with its closing punctuation. */
const SENTENCE = /[^.!?]+[.!?]*/g;
/** Overview strength per sentence about the policy itself, and the most sentences counted. */
const META_WEIGHT = 1.5;
const MAX_META = 3;
/** Topics whose cues a META_SENTENCE silences. */
const PRACTICE_TOPICS = new Set(['collection', 'use', 'sharing', 'choices', 'access', 'cookies'].map((slug) => TOPIC_SLUGS.indexOf(slug as TopicSlug)));
/**
 * A sentence in which the reader is the one acting on a choice: "you can/may ... opt out / decline /
 * withdraw / disable / manage / adjust / turn off ...", "if you decline cookies ...", "your browser can be
 * set to ...". Such a sentence is about a choice whatever the section's topic, so each counts for
 * `choices` once, outside the length normalization (a sentence of its own covers the topic in a long
 * section as much as in a short one).
 */
const AGENCY_SENTENCE =
  /\b(?:you (?:can|may|could|are able to|will be able to|have the (?:option|choice) to|are free to) (?:also |always |still |then |easily )?(?:choose|decide|elect)\b|(?:you (?:can|may|could|are able to|will be able to|have the (?:option|choice) to|are free to)|if you|(?:browser|device)s? (?:can|may) be set)\b[^.;!?]{0,40}?\b(?:opt(?:ing)? out(?! of (?:the |any )?(?:future )?sal)|declin\w*|withdr[ae]w\w*|disabl\w*|manag\w* (?:your |the |cookie |these |this |such )?(?:\w+ )?(?:preferences|settings|consent|cookies|choices)|adjust\w*|turn(?:ing)? off|switch(?:ing)? off|refus\w*|reject\w*|block\w*|revok\w*|change (?:your |the )?(?:\w+ )?(?:settings|preferences)|set (?:your|the|it|them|a|its)\b|not to (?:provide|receive|accept|allow|give|share)))/g;
/**
 * In a section about selling data, an opt-out is the statutory right to opt out of sale (CCPA, Nevada):
 * `regional-rights`, already read from its own cues, not a further `choices` sentence.
 */
const SALE_WORD = /\b(?:sale|sell|selling|sold)\b/;
/** Choices strength added per agency sentence, and the most sentences counted. */
const AGENCY_WEIGHT = 1.5;
const MAX_AGENCY = 2;
/**
 * Clause structure: the main verb of a sentence says which practice it describes, whatever the nouns.
 * A transfer verb with a third-party recipient ("we forward your application to one or more lenders",
 * "samples are sent to external laboratories", "records are shared only with the pastoral staff"), a
 * recipient as the subject of receiving or seeing ("the service receives only your first name", "our
 * drivers see your address"), or processing "by our partner" is `sharing`; "we use X to/for Y", "X is used
 * to ...", "this allows us to ..." is `use`; a device or server that records, logs or sends data ("our
 * servers automatically record ...", "the inverter sends production data") or "we need (to know) your ..."
 * is `collection`. Each matching clause adds its weight to the body (inside the length normalization), at
 * most CLAUSE_MAX times per topic; clauses inside sentences about the policy itself do not count.
 */
const RECIPIENT =
  '(?:partner|provider|vendor|supplier|contractor|processor|affiliate|subsidiar|compan|bank|lender|credit union|insurer|carrier|agenc|authorit|regulator|government|court|police|law enforcement|third[ -]?part|organi[sz]ation|firm|registr|database|laborator|lab\\b|hospital|practice|staff|team|driver|courier|shopper|owner|operator|landlord|brand|advertiser|merchant|employer|school|recipient|buyer|successor|manufacturer|union|association|chapter|resort|artist|label|publisher|auditor|advis[eo]r|expert|barrister|solicitor|collector|irs\\b|hmrc|tax\\b|customs|charit|sponsor|organi[sz]er|venue|officer|florist|member|walker|servic|platform|network|bureau)';
/** A clause: its topic and weight, its regex, a cheap substring the text must contain, and an optional test of the 40 characters before the match (the subject). */
type Clause = readonly [topic: TopicSlug, weight: number, regex: RegExp, requires: string, before?: RegExp];
const CLAUSES: readonly Clause[] = [
  [
    'sharing',
    1.5,
    new RegExp(
      '\\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|sen(?:d|ds|t|ding)|forward(?:s|ed|ing)?|pass(?:es|ed|ing)?(?: on| along)?|report(?:s|ed|ing)?|submit(?:s|ted|ting)?|transmit(?:s|ted|ting)?|suppl(?:y|ies|ied)|releas(?:e|es|ed)|ma(?:ke|kes|de) (?:\\w+ )?available|register(?:s|ed)?|rent|sell|sold|trade)\\b[^.;:!?]{0,90}?\\b(?:to|with)\\s+(?!(?:you|us|yourself|our (?:own )?(?:[\\w-]+ )?(?:servers?|systems?|platforms?|services?|networks?|databases?|apps?|teams?|staff)\\b)\\b)(?:[\\w-]+\\s+){0,3}?' + RECIPIENT,
      'g',
    ),
    ' ',
  ],
  [
    'sharing',
    1.5,
    /\b(?:receives?|will receive|may receive|sees?|can see|may see|will see|gets?|ha(?:s|ve) access|will have access|may access)\b/g,
    ' ',
    new RegExp('\\b' + RECIPIENT + '\\w*\\s+(?:\\w+\\s+)?$'),
  ],
  ['sharing', 1.5, new RegExp('\\b(?:processed|handled|held|verified|checked|administered) by (?:our |a |an |the |one of our |third[ -]party )(?:[\\w-]+\\s+){0,2}?' + RECIPIENT, 'g'), 'ed by '],
  ['use', 1, /\bwe (?:may |will |also |only |can |might |would |then |further |primarily |mainly )*use\b(?! (?:[\w-]+ ){0,2}?(?:cookie|pixel|beacon|tags?\b|sdks?\b|analytic|tools?\b|technolog|services? of|service providers?|providers?\b|vendors?\b|compan|partners?\b|third|processors?\b|software|plug))[^.;:!?]{0,100}?\b(?:to|for|so that|in order to)\b/g, 'use'],
  ['use', 1, /\b(?:is|are|be|been|being) (?:\w+ )?used (?:to|for|only|solely|in|when)\b/g, 'used '],
  ['use', 1, /\b(?:allows?|enables?) us to\b|\bwe (?:need|ask for|ask you for) (?:this|it|them|your|to know)\b[^.;:!?]{0,60}?\b(?:to|so|in order|for|because)\b/g, ' '],
  [
    'collection',
    1,
    /\b(?:records?|logs?|collects?|captures?|transmits?|sends?|uploads?|stores?)\b/g,
    ' ',
    /\b(?:servers?|apps?|devices?|cameras?|meters?|sensors?|inverters?|trackers?|websites?|site|phones?|systems?|equipment|unit|vehicles?|cars?)\s+(?:\w+\s+)?(?:automatically\s+)?$/,
  ],
  [
    'retention',
    2,
    /\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held|archived?)\b[^.;:!?]{0,80}?\b(?:for (?:at least |up to |a (?:minimum|maximum|period) of |a further |another |approximately |around |about |no (?:more|longer) than )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\w+teen|twenty|thirty)\b[\w -]{0,12}?\b(?:years?|months?|weeks?|days?|hours?)\b|until\b)/g,
    ' ',
  ],
  ['collection', 1, /\bwe need (?:to know )?your\b|\bwe (?:do )?(?:log|record|capture)\b/g, 'we '],
];
const CLAUSE_MAX = 2;
/** Share of the first sentence's practice cues added again (a paragraph's topic sentence), and its cap. */
const LEAD_SHARE = 0.5;
const LEAD_CAP = 2;
const LEAD_TOPICS = new Set([COLLECTION_INDEX, USE_INDEX, SHARING_INDEX]);
const compiledClauses = CLAUSES.map(([slug, weight, regex, requires, before]) => ({ topic: TOPIC_SLUGS.indexOf(slug), weight, regex, requires, before }));
/** Heading words that make the topic named after them their object ("Opting out of sharing", "How can you limit sharing?"). */
const HEADING_ACTION = /\b(?:limit(?:ing)?|opt(?:ing)? out|restrict(?:ing)?|stop(?:ping)?|unsubscrib\w*)\b/;
/** Heading words saying where ("Service providers outside Canada", "Disclosure to overseas recipients"). */
const HEADING_PLACE = /\b(?:outside|overseas|abroad|international\w*|cross.border|other countries|countries)\b/;
/** A heading asking why ("Why we collect your information", "Why do we process it?"): the purpose leads, the practice named after it gives way to `use`. */
const HEADING_WHY = /\bwhy\b/;
/** Heading strength for `use` in a heading asking why data is collected. */
const WHY_USE = 5;
/** A heading joining topics ("Sharing and Security", "Data storage and security"): the first named leads. */
const HEADING_JOIN = /\band\b|&|,/;
/** Share of the heading weight kept by a topic that is the object of an action, or named after another in a joined heading. */
const HEADING_OBJECT_SHARE = 0.5;
const HEADING_LATER_SHARE = 0.75;
/** Heading strength from which a topic counts as named by the heading. */
const HEADING_NAMED = 3;
const NON_WORD = /[^a-z0-9\u00df-\u024f]+/g;

let cueCount = 0;
/**
 * A number for every exact (non-stem) word of any cue, so matching compares integers. Complete once the
 * cues are compiled: a word of a text that is not here (id -1) equals no exact cue word.
 */
const CUE_WORD_IDS = new Map<string, number>();

function compileCue(topic: number, [pattern, weight]: Cue, scale: number): CompiledCue {
  const words: string[] = [];
  const stems: boolean[] = [];
  for (const raw of pattern.toLowerCase().split(/\s+/)) {
    if (!raw) continue;
    const stem = raw.endsWith('*');
    const word = stem ? raw.slice(0, -1) : raw;
    if (!/^[a-z0-9\u00df-\u024f]+$/.test(word)) throw new Error(`Lexicon cue "${pattern}": "${raw}" is not a plain word`);
    if (stem && words.length === 0 && word.length < STEM_KEY) {
      throw new Error(`Lexicon cue "${pattern}": a leading stem needs at least ${STEM_KEY} letters`);
    }
    words.push(word);
    stems.push(stem);
  }
  if (words.length === 0) throw new Error(`Lexicon cue for ${TOPIC_SLUGS[topic]} is empty`);
  const ids = words.map((word, k) => {
    if (stems[k]) return -1;
    let id = CUE_WORD_IDS.get(word);
    if (id === undefined) {
      id = CUE_WORD_IDS.size;
      CUE_WORD_IDS.set(word, id);
    }
    return id;
  });
  return { id: cueCount++, topic, weight: weight * scale, words, stems, ids };
}

function buildMatcher(cues: readonly CompiledCue[]): Matcher {
  const byWord = new Map<string, CompiledCue[]>();
  const byStemKey = new Map<string, CompiledCue[]>();
  for (const cue of cues) {
    const first = cue.words[0] ?? '';
    const [map, key] = cue.stems[0] ? [byStemKey, first.slice(0, STEM_KEY)] : [byWord, first];
    const list = map.get(key);
    if (list) list.push(cue);
    else map.set(key, [cue]);
  }
  return { byWord, byStemKey };
}

const headingCues: CompiledCue[] = [];
const bodyCues: CompiledCue[] = [];
const patterns: CompiledPattern[] = [];
TOPIC_SLUGS.forEach((slug, topic) => {
  const lexicon = LEXICON[slug];
  for (const cue of lexicon.heading) headingCues.push(compileCue(topic, cue, 1));
  for (const cue of lexicon.body) {
    bodyCues.push(compileCue(topic, cue, 1));
    headingCues.push(compileCue(topic, cue, BODY_CUE_IN_HEADING));
  }
  for (const [regex, weight, requires] of lexicon.patterns ?? []) patterns.push({ topic, weight, regex, requires });
});
const HEADING_MATCHER = buildMatcher(headingCues);
const BODY_MATCHER = buildMatcher(bodyCues);
/** Per sharing cue id: the id of its `collection` twin, counted instead when the recipient follows "from". */
const sourceTwins: CompiledCue[] = [];
const twinOf = new Map<number, CompiledCue>();
for (const cue of [...headingCues, ...bodyCues]) {
  if (cue.topic !== SHARING_INDEX) continue;
  const twin: CompiledCue = { ...cue, id: cueCount++, topic: COLLECTION_INDEX };
  sourceTwins.push(twin);
  twinOf.set(cue.id, twin);
}

// Scratch space reused by every call (classification is synchronous, so never shared).
const cueHits = new Int32Array(cueCount);
const cueSurface: string[] = new Array<string>(cueCount).fill('');
const cueById: CompiledCue[] = [...headingCues, ...bodyCues, ...sourceTwins].sort((a, b) => a.id - b.id);
const twinById: (CompiledCue | undefined)[] = cueById.map((cue) => twinOf.get(cue.id));
/** Per topic: the offset of its first heading cue in the heading (-1: none). */
const headingFirst = new Int32Array(TOPIC_COUNT);
let matchingHeading = false;
/** Character ranges of the current body's META_SENTENCEs, as [start, end) pairs. */
const metaRanges: number[] = [];
/** Character ranges of the current body's use clauses (see CLAUSES), as [start, end) pairs. */
const useRanges: number[] = [];
const touched: number[] = [];
const wordText: string[] = [];
/** Per word of the text last tokenized: its WordInfo, and that info's cue word number. */
const wordInfo: WordInfo[] = [];
const wordModel: ModelWord[] = [];
const wordId: number[] = [];
const wordStart: number[] = [];
const wordEnd: number[] = [];
/** The body last classified, lowercased. */
let lastLowerText = '';
/** Words of the text last tokenized (the scratch arrays may hold stale words beyond it). */
let wordCount = 0;

/** Whether a UTF-16 code unit is a word character, `[a-z0-9\u00df-\u024f]` (the model's and NON_WORD's complement), tested by hand. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xdf && code <= 0x24f);
}

/**
 * Splits lowercased text into words (maximal runs of `[a-z0-9\u00df-\u024f]`, as features.ts tokenizes), kept in
 * the scratch arrays; returns the word count. A hand-written scan rather than a global regex's `exec`, which
 * allocates a match array per word.
 */
function tokenize(lower: string): number {
  let count = 0;
  const length = lower.length;
  let k = 0;
  while (k < length) {
    if (!isWordChar(lower.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    k++;
    while (k < length && isWordChar(lower.charCodeAt(k))) k++;
    const word = lower.slice(start, k);
    const info = wordInfoOf(word);
    wordText[count] = word;
    wordInfo[count] = info;
    wordModel[count] = info.model;
    wordId[count] = info.id;
    wordStart[count] = start;
    wordEnd[count] = k;
    count++;
  }
  wordCount = count;
  return count;
}

/**
 * Whether a cue matches the words from `at` on. Only for cues from `cuesStartingAt` of the word at `at`,
 * whose first word is known to match, so the test starts at the second.
 */
function cueMatchesAt(cue: CompiledCue, at: number, count: number): boolean {
  const length = cue.words.length;
  if (at + length > count) return false;
  for (let k = 1; k < length; k++) {
    // Exact words by number (the same test as comparing the strings), stems by prefix.
    if (cue.stems[k] ? !(wordText[at + k] as string).startsWith(cue.words[k] as string) : wordId[at + k] !== cue.ids[k]) return false;
  }
  return true;
}

/** True when the word at `at` follows "from", directly or through one determiner ("from our partners"). */
function followsFrom(at: number): boolean {
  const previous = wordText[at - 1];
  if (at < 1 || previous === undefined) return false;
  if (previous === 'from') return true;
  return at >= 2 && wordText[at - 2] === 'from' && SOURCE_DETERMINERS.has(previous);
}

/** Words looked ahead for "with us" / "to us" after a sharing cue ("the platform shares your name and the amount with us"). */
const TO_US_WINDOW = 16;

/**
 * True when the sharing cue at `at` is followed, in the same sentence, by "with us" or "to us": the
 * organization is the recipient, so the data is collected, not shared.
 */
function sharedWithUs(at: number, lower: string): boolean {
  const start = wordEnd[at] ?? 0;
  const end = Math.min(at + TO_US_WINDOW, wordCount);
  for (let k = at + 1; k < end; k++) {
    const word = wordText[k];
    if (word === 'us' && (wordText[k - 1] === 'with' || wordText[k - 1] === 'to')) {
      const between = lower.slice(start, wordStart[k]);
      return !/[.;:!?]/.test(between);
    }
  }
  return false;
}

function inRanges(ranges: readonly number[], offset: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (offset >= (ranges[i] ?? 0) && offset < (ranges[i + 1] ?? 0)) return true;
  return false;
}

function inMetaSentence(offset: number): boolean {
  for (let i = 0; i < metaRanges.length; i += 2) if (offset >= (metaRanges[i] ?? 0) && offset < (metaRanges[i + 1] ?? 0)) return true;
  return false;
}

/** Words that, right after a collection cue ("you give us your consent"), make it about permission, not data. */
const CONSENT_OBJECT = new Set(['consent', 'permission', 'authorization', 'authorisation', 'approval']);

function consentFollows(at: number): boolean {
  for (let k = at; k < Math.min(at + 3, wordCount); k++) if (CONSENT_OBJECT.has(wordText[k] as string)) return true;
  return false;
}

function recordCue(found: CompiledCue, at: number, lower: string): void {
  if (found.topic === COLLECTION_INDEX && consentFollows(at + found.words.length)) return;
  const twin = twinById[found.id];
  const cue = twin && (followsFrom(at) || (!matchingHeading && sharedWithUs(at, lower))) ? twin : found;
  if (matchingHeading) {
    const first = headingFirst[cue.topic] ?? -1;
    if (first === -1 || (wordStart[at] ?? 0) < first) headingFirst[cue.topic] = wordStart[at] ?? 0;
  } else {
    const offset = wordStart[at] ?? 0;
    if (metaRanges.length > 0 && PRACTICE_TOPICS.has(cue.topic) && inMetaSentence(offset)) return;
    if (cue.topic === COLLECTION_INDEX && inRanges(useRanges, offset)) return;
    if (offset < leadEnd) leadSums[cue.topic] = (leadSums[cue.topic] ?? 0) + cue.weight;
  }
  if (cueHits[cue.id] === 0) {
    touched.push(cue.id);
    cueSurface[cue.id] = lower.slice(wordStart[at], wordEnd[at + cue.words.length - 1]);
  }
  cueHits[cue.id] = (cueHits[cue.id] ?? 0) + 1;
}

const NO_CUES: readonly CompiledCue[] = [];

/**
 * The cues of a matcher that can start at a word: its exact cues, then its stem cues whose first stem the
 * word starts with, in the order the two lists were built (so hits are recorded in the same order as
 * looking both up per word). A stem cue left out here is one `cueMatchesAt` would reject on its first word.
 */
function cuesStartingAt(matcher: Matcher, word: string): readonly CompiledCue[] {
  const exact = matcher.byWord.get(word) ?? NO_CUES;
  const stems = word.length >= STEM_KEY ? (matcher.byStemKey.get(word.slice(0, STEM_KEY)) ?? NO_CUES) : NO_CUES;
  const fitting = stems.filter((cue) => word.startsWith(cue.words[0] as string));
  return exact.length + fitting.length === 0 ? NO_CUES : [...exact, ...fitting];
}

/**
 * What the classifier needs to know about a distinct word, looked up once per word of a text (one Map
 * lookup, cached): its number among the cue words, the cues that can start at it in a heading and in a
 * body, and its entry in the learned model (handed to `scoreModel`, which would otherwise look it up again).
 */
interface WordInfo {
  readonly id: number;
  readonly headingCues: readonly CompiledCue[];
  readonly bodyCues: readonly CompiledCue[];
  readonly model: ModelWord;
}

const wordInfos = new Map<string, WordInfo>();
/** Distinct words cached at most (beyond it, a new word's info is computed each time, with the same result). */
const WORD_INFO_LIMIT = 50_000;

function wordInfoOf(word: string): WordInfo {
  let info = wordInfos.get(word);
  if (info === undefined) {
    info = {
      id: CUE_WORD_IDS.get(word) ?? -1,
      headingCues: cuesStartingAt(HEADING_MATCHER, word),
      bodyCues: cuesStartingAt(BODY_MATCHER, word),
      model: modelWordOf(word),
    };
    if (wordInfos.size < WORD_INFO_LIMIT) wordInfos.set(word, info);
  }
  return info;
}

/** Records every cue of the matcher found in the text; returns the word count. */
function matchCues(lower: string, matcher: Matcher): number {
  const count = tokenize(lower);
  const inHeading = matcher === HEADING_MATCHER;
  for (let at = 0; at < count; at++) {
    const info = wordInfo[at] as WordInfo;
    const cues = inHeading ? info.headingCues : info.bodyCues;
    for (let c = 0; c < cues.length; c++) {
      const cue = cues[c] as CompiledCue;
      if (cueMatchesAt(cue, at, count)) recordCue(cue, at, lower);
    }
  }
  return count;
}

// Evidence of the current call: one entry per matched cue or pattern, in parallel arrays.
const foundTopic: number[] = [];
const foundAmount: number[] = [];
const foundSurface: string[] = [];
/** evidenceRank of the entries being sorted by evidenceOf. */
const foundRank: number[] = [];
let foundCount = 0;

/** Longest quotation of a matched sentence or clause in the evidence. */
const QUOTE_MAX = 60;

/** The start of a long match as evidence: at most QUOTE_MAX characters, cut between words, never inside one. */
function quoteStart(match: string): string {
  const text = match.trim();
  if (text.length <= QUOTE_MAX) return text;
  const cut = text.lastIndexOf(' ', QUOTE_MAX);
  return (cut > 0 ? text.slice(0, cut) : text.slice(0, QUOTE_MAX)).replace(/[\s,;:\u2013\u2014-]+$/, '');
}

/** A regex match widened to whole words: a pattern ending in a stem ("third part") is quoted to the word's end. */
function wholeWords(text: string, found: RegExpExecArray): string {
  let start = found.index;
  let end = start + found[0].length;
  while (start > 0 && isLetterOrDigitUnit(text.charCodeAt(start - 1)) && isLetterOrDigitUnit(text.charCodeAt(start))) start--;
  while (end < text.length && end > start && isLetterOrDigitUnit(text.charCodeAt(end - 1)) && isLetterOrDigitUnit(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

function addEvidence(topic: number, amount: number, surface: string): void {
  foundTopic[foundCount] = topic;
  foundAmount[foundCount] = amount;
  foundSurface[foundCount] = surface;
  foundCount++;
}

/** Moves the recorded hits into per-topic sums and the evidence list, and clears the hit counts. */
function collectHits(sums: Float64Array, repeats: boolean): void {
  for (const id of touched) {
    const cue = cueById[id] as CompiledCue;
    const hits = cueHits[id] ?? 0;
    const extra = repeats ? Math.min(hits - 1, MAX_REPEATS) * REPEAT_SHARE : 0;
    const amount = cue.weight * (1 + extra);
    sums[cue.topic] = (sums[cue.topic] ?? 0) + amount;
    addEvidence(cue.topic, amount, cueSurface[id] ?? '');
    cueHits[id] = 0;
  }
  touched.length = 0;
}

const headingSums = new Float64Array(TOPIC_COUNT);
const bodySums = new Float64Array(TOPIC_COUNT);
const strengths = new Float64Array(TOPIC_COUNT);
const bodyStrengths = new Float64Array(TOPIC_COUNT);
/** Per topic: 1 when one of its patterns matched the body (concrete evidence, see the module comment). */
const patternHits = new Uint8Array(TOPIC_COUNT);
/** Per topic: body cue and clause weight found in the first sentence (see LEAD_SHARE). */
const leadSums = new Float64Array(TOPIC_COUNT);
/** End offset of the body's first sentence, when the body has more than one (0: no lead sentence). */
let leadEnd = 0;
/** Per topic: clause structures counted in the current body. */
const clauseCounts = new Uint8Array(TOPIC_COUNT);

/**
 * Heading structure: which of the topics a heading names leads. A topic that is the object of an action
 * ("Opting out of sharing") gives way to the action's topic; a recipient qualified by a place ("Service
 * providers outside Canada") gives way to `international`; in a joined heading ("Sharing and Security")
 * topics named after the first count less.
 */
function weighHeading(lower: string): void {
  for (let topic = 0; topic < TOPIC_COUNT; topic++) headingSums[topic] = Math.min(headingSums[topic] ?? 0, HEADING_CAP);
  const action = HEADING_ACTION.exec(lower);
  if (action && (headingSums[CHOICES_INDEX] ?? 0) > 0) {
    for (let topic = 0; topic < TOPIC_COUNT; topic++) {
      if (topic !== CHOICES_INDEX && (headingFirst[topic] ?? -1) > action.index) headingSums[topic] = (headingSums[topic] ?? 0) * HEADING_OBJECT_SHARE;
    }
  }
  const why = HEADING_WHY.exec(lower);
  if (why && (headingFirst[COLLECTION_INDEX] ?? -1) > why.index) {
    // "Why do we ask for this?", "Why we collect it": the heading asks for the purpose, and says so as evidence.
    headingSums[USE_INDEX] = Math.max(headingSums[USE_INDEX] ?? 0, WHY_USE);
    headingSums[COLLECTION_INDEX] = (headingSums[COLLECTION_INDEX] ?? 0) * HEADING_OBJECT_SHARE;
    addEvidence(USE_INDEX, WHY_USE, quoteStart(lower.slice(why.index).replace(/[?!.:]+\s*$/, '')));
  }
  const sharing = headingSums[SHARING_INDEX] ?? 0;
  if (sharing > 0 && (headingSums[INTERNATIONAL_INDEX] ?? 0) > 0 && HEADING_PLACE.test(lower)) {
    // The recipients are named to say where they are: the heading is about the place.
    headingSums[INTERNATIONAL_INDEX] = Math.max(headingSums[INTERNATIONAL_INDEX] ?? 0, sharing);
    headingSums[SHARING_INDEX] = sharing * HEADING_OBJECT_SHARE;
  }
  if (HEADING_JOIN.test(lower)) {
    let lead = -1;
    let named = 0;
    for (let topic = 0; topic < TOPIC_COUNT; topic++) {
      if ((headingSums[topic] ?? 0) < HEADING_NAMED) continue;
      named++;
      if (lead === -1 || (headingFirst[topic] ?? 0) < (headingFirst[lead] ?? 0)) lead = topic;
    }
    if (named >= 2) {
      for (let topic = 0; topic < TOPIC_COUNT; topic++) {
        if (topic !== lead && (headingSums[topic] ?? 0) >= HEADING_NAMED) headingSums[topic] = (headingSums[topic] ?? 0) * HEADING_LATER_SHARE;
      }
    }
  }
}

/**
 * The cue classifier alone: topics of a section, primary first. Never empty: falls back to
 * [{topic:'other',...}]. Like `classifySection`, it reads a title at the start of a headless text as the heading. After a call, `cueStrengths()` and `cueEvidence()` describe the same section.
 */
export function classifyByCues(input: SectionInput): TopicScore[] {
  return cueTopicIndexes(readSection(input)).map(toScore);
}

/**
 * `classifyByCues` without building the scores and evidence: the chosen topics as taxonomy indexes, primary
 * first (the scratch state then describes the section, as after `classifyByCues`). `classifySection` builds
 * evidence only for the topics it finally returns.
 */
function cueTopicIndexes(input: SectionInput): number[] {
  headingSums.fill(0);
  bodySums.fill(0);
  patternHits.fill(0);
  foundCount = 0;

  const heading = input.heading?.trim() ?? '';
  if (heading) {
    const lowerHeading = heading.toLowerCase();
    headingFirst.fill(-1);
    matchingHeading = true;
    matchCues(lowerHeading, HEADING_MATCHER);
    matchingHeading = false;
    collectHits(headingSums, false);
    weighHeading(lowerHeading);
  }

  const text = input.text;
  const lowerText = text.toLowerCase();
  lastLowerText = lowerText;
  metaRanges.length = 0;
  let metaSentences = 0;
  let sentences = 0;
  SENTENCE.lastIndex = 0;
  for (let found = SENTENCE.exec(lowerText); found; found = SENTENCE.exec(lowerText)) {
    if (/[a-z]/.test(found[0])) sentences++;
    if (!META_WHOLE.test(found[0])) continue;
    metaSentences++;
    metaRanges.push(found.index, found.index + found[0].length);
    addEvidence(OVERVIEW_INDEX, META_WEIGHT, quoteStart(found[0]));
  }
  if (lowerText.includes('this') || lowerText.includes('our')) {
    META_SENTENCE.lastIndex = 0;
    for (let found = META_SENTENCE.exec(lowerText); found; found = META_SENTENCE.exec(lowerText)) {
      metaRanges.push(found.index, found.index + found[0].length);
    }
  }
  leadSums.fill(0);
  leadEnd = 0;
  if (sentences >= 2) {
    SENTENCE.lastIndex = 0;
    const first = SENTENCE.exec(lowerText);
    if (first) leadEnd = first.index + first[0].length;
  }
  clauseCounts.fill(0);
  useRanges.length = 0;
  for (const { topic, weight, regex, requires, before } of compiledClauses) {
    if ((clauseCounts[topic] ?? 0) >= CLAUSE_MAX || !lowerText.includes(requires)) continue;
    regex.lastIndex = 0;
    for (let found = regex.exec(lowerText); found && (clauseCounts[topic] ?? 0) < CLAUSE_MAX; found = regex.exec(lowerText)) {
      if (before && !before.test(lowerText.slice(Math.max(0, found.index - 40), found.index))) continue;
      if (metaRanges.length > 0 && inMetaSentence(found.index)) continue;
      clauseCounts[topic] = (clauseCounts[topic] ?? 0) + 1;
      // "We use the details you give us to ...": the data named inside a use clause is not a collection statement.
      if (topic === USE_INDEX) useRanges.push(found.index, found.index + found[0].length);
      bodySums[topic] = (bodySums[topic] ?? 0) + weight;
      if (found.index < leadEnd) leadSums[topic] = (leadSums[topic] ?? 0) + weight;
      addEvidence(topic, weight, quoteStart(wholeWords(lowerText, found)));
    }
  }

  const words = matchCues(lowerText, BODY_MATCHER);
  collectHits(bodySums, true);
  for (const { topic, weight, regex, requires } of patterns) {
    if (!requires.test(text)) continue;
    const found = regex.exec(text);
    if (!found) continue;
    bodySums[topic] = (bodySums[topic] ?? 0) + weight;
    patternHits[topic] = 1;
    addEvidence(topic, weight, wholeWords(text, found).toLowerCase());
  }

  let agency = 0;
  if (lowerText.includes('you') || lowerText.includes('browser')) {
    AGENCY_SENTENCE.lastIndex = 0;
    const statutoryOptOut = SALE_WORD.test(lowerText);
    for (let found = AGENCY_SENTENCE.exec(lowerText); found && agency < MAX_AGENCY; found = AGENCY_SENTENCE.exec(lowerText)) {
      if (statutoryOptOut && found[0].includes('opt')) continue;
      agency++;
      addEvidence(CHOICES_INDEX, AGENCY_WEIGHT, found[0]);
    }
  }

  const lengthFactor = words > LENGTH_NORM_WORDS ? Math.sqrt(words / LENGTH_NORM_WORDS) : 1;
  let primary = OTHER_INDEX;
  let top = 0;
  for (let topic = 0; topic < TOPIC_COUNT; topic++) {
    // When at least half the sentences are about the policy itself, the section is an introduction: the
    // practice cues of its other sentences count only for the share of sentences that are not meta.
    const practiceShare = metaSentences * 2 >= sentences && PRACTICE_TOPICS.has(topic) ? 1 - metaSentences / Math.max(sentences, 1) : 1;
    const body = ((bodySums[topic] ?? 0) * practiceShare) / lengthFactor + (topic === OVERVIEW_INDEX ? Math.min(metaSentences, MAX_META) * META_WEIGHT : 0);
    const headingRaw = Math.min(headingSums[topic] ?? 0, HEADING_CAP);
    // With no body at all (a heading over its sub-sections, a heading-only segment) the heading is all there is.
    const support = words === 0 ? 1 : 0.5 + 0.5 * Math.min(1, body / HEADING_SUPPORT);
    const strength = body + headingRaw * support;
    bodyStrengths[topic] = body;
    strengths[topic] = strength;
    if (strength > top) {
      top = strength;
      primary = topic;
    }
  }
  if (top < MIN_PRIMARY) return [OTHER_INDEX];
  let displaced = -1;
  if (leadEnd > 0 && LEAD_TOPICS.has(primary)) {
    // Between collection, use and sharing, a paragraph's topic sentence decides: the cues of the first
    // sentence count extra, for the primary only (the further topics are read without the bonus).
    let best = -1;
    let bestScore = 0;
    for (const topic of LEAD_TOPICS) {
      const score = (strengths[topic] ?? 0) + Math.min((leadSums[topic] ?? 0) * LEAD_SHARE, LEAD_CAP);
      if (score > bestScore) {
        best = topic;
        bestScore = score;
      }
    }
    if (best !== -1 && best !== primary && (strengths[best] ?? 0) >= MIN_PRIMARY) {
      displaced = primary;
      primary = best;
    }
  }
  if (agency > 0 && primary !== CHOICES_INDEX) {
    // Agency sentences add `choices` as a further topic; they do not decide what the section is mainly about.
    bodyStrengths[CHOICES_INDEX] = (bodyStrengths[CHOICES_INDEX] ?? 0) + agency * AGENCY_WEIGHT;
    strengths[CHOICES_INDEX] = (strengths[CHOICES_INDEX] ?? 0) + agency * AGENCY_WEIGHT;
  }

  const floor = Math.max(MIN_SECONDARY, Math.min(MAX_SECONDARY_FLOOR, top * SECONDARY_SHARE));
  const secondary: number[] = [];
  for (let topic = 0; topic < TOPIC_COUNT; topic++) {
    if (topic === primary) continue;
    // The strongest topic, displaced as primary by the topic sentence, is still covered.
    const needed = topic === displaced ? 0 : patternHits[topic] ? MIN_SECONDARY : floor;
    if ((strengths[topic] ?? 0) >= needed && (bodyStrengths[topic] ?? 0) >= MIN_SECONDARY_BODY) secondary.push(topic);
  }
  // Strongest first; ties keep taxonomy order, so the output is deterministic.
  secondary.sort((a, b) => (strengths[b] ?? 0) - (strengths[a] ?? 0) || a - b);
  const chosen = [primary];
  for (let i = 0; i < secondary.length && i < MAX_TOPICS - 1; i++) chosen.push(secondary[i] as number);
  return chosen;
}

/** Per-topic strengths (taxonomy order) of the section last passed to `classifyByCues`; a live view, copy to keep. */
export function cueStrengths(): Float64Array {
  return strengths;
}

/** The cue evidence for a topic (taxonomy index) of the section last passed to `classifyByCues`. */
export function cueEvidence(topic: number): readonly string[] {
  return evidenceOf(topic);
}

/** Evidence order: strongest first, phrases before the single words they contain, which say less to a reader. */
function evidenceRank(index: number): number {
  // (evidenceOf computes it once per entry, not per comparison.)
  const surface = foundSurface[index] ?? '';
  let spaces = 0;
  for (let i = surface.indexOf(' '); i !== -1; i = surface.indexOf(' ', i + 1)) spaces++;
  return (foundAmount[index] ?? 0) * (1 + 0.25 * Math.min(spaces, 3));
}

function toScore(topic: number): TopicScore {
  const strength = strengths[topic] ?? 0;
  return {
    topic: TOPIC_SLUGS[topic] as TopicSlug,
    score: Math.round((1 - Math.exp(-strength / SCORE_SCALE)) * 1000) / 1000,
    evidence: evidenceOf(topic),
  };
}

/** The cue evidence of a topic (taxonomy index) for the section last classified: strongest first, no repeats. */
function evidenceOf(topic: number): string[] {
  const indexes: number[] = [];
  for (let i = 0; i < foundCount; i++) {
    if (foundTopic[i] !== topic) continue;
    indexes.push(i);
    foundRank[i] = evidenceRank(i);
  }
  indexes.sort((a, b) => (foundRank[b] as number) - (foundRank[a] as number) || a - b);
  const terms: string[] = [];
  const keys: string[] = [];
  for (const i of indexes) {
    const surface = foundSurface[i] ?? '';
    // Compare by words, so "opt-out" and "opt‐out", "cookie" and "cookies", or "keep" inside "we keep", count once.
    const { key } = termKey(surface);
    if (keys.some((known) => known.includes(key))) continue;
    keys.push(key);
    terms.push(surface);
    if (terms.length === MAX_EVIDENCE) break;
  }
  return terms;
}

/** Cue evidence terms shown before the model's terms, for each topic. */
const CUE_EVIDENCE_FIRST = 3;

/**
 * Topics of a section, primary first, each with a score in 0..1 (non-increasing) and the evidence behind
 * it (which only `other` may lack). Never empty. The cue classifier and the learned model (`classify/model.ts`) are combined as described
 * in `classify/blend.ts`; a topic's score is the mean of the model's membership probability and the cue
 * score, and its evidence is the cue classifier's matched terms followed by the words that raised the topic
 * most in the model. A section without a heading whose text starts with a title line gets that line as
 * its heading (`classify/heading.ts`).
 */
export function classifySection(section: SectionInput): TopicScore[] {
  const input = readSection(section);
  const cueTopics = cueTopicIndexes(input);
  // The cue classifier has just tokenized the body (its scratch arrays hold the body's words): reuse them.
  const model = scoreModel(input.heading, lastLowerText, { text: wordText, start: wordStart, count: wordCount, model: wordModel });
  const chosen = blendTopics(model.primary, model.member, strengths, cueTopics, BLEND);
  // A heading with no body: the cue classifier reads its phrases ("Business Transfers" is sharing, "Data Protection
  // Officer" contact), where the model, trained on sections with bodies, reads its words one by one ("transfers",
  // "protection"). When the cues place the heading, their topic leads (on the labeled sets' headings read alone, the
  // primary topic matches the section's label for 70.9% of headings, against 68.9% when the blend decides). The
  // model's primary, which the cues contradict, goes.
  const cuePrimary = cueTopics[0] ?? OTHER_INDEX;
  if (cuePrimary !== OTHER_INDEX && chosen[0] !== cuePrimary && input.heading?.trim() && !input.text.trim()) {
    chosen.splice(0, 1, cuePrimary);
    const again = chosen.indexOf(cuePrimary, 1);
    if (again !== -1) chosen.splice(again, 1);
  }
  const scores = chosen.map((topic) => 0.5 * (model.member[topic] ?? 0) + 0.5 * cueScore(strengths[topic] ?? 0));
  const further = chosen.slice(1).map((topic, i) => ({ topic, score: scores[i + 1] ?? 0 }));
  further.sort((a, b) => b.score - a.score || a.topic - b.topic);
  const primary = chosen[0] ?? OTHER_INDEX;
  const primaryScore = Math.max(scores[0] ?? 0, further[0]?.score ?? 0);
  const ordered = [{ topic: primary, score: primaryScore }, ...further];
  const modelTerms = modelEvidence(
    ordered.map((t) => t.topic),
    MAX_EVIDENCE,
  );
  const topics = ordered.map(({ topic, score }, i) => ({
    topic: TOPIC_SLUGS[topic] as TopicSlug,
    score: Math.round(score * 1000) / 1000,
    // The cue evidence is built here, for the returned topics only (the state it reads is the cue classifier's, untouched by the model).
    evidence: mergeEvidence(evidenceOf(topic), modelTerms[i] ?? []),
  }));
  // Every topic is explained by words of the section. A topic with none behind it is the model's guess from the
  // section's shape alone (a date line read as `contact`): it is left out, and when nothing is left, the cue
  // classifier's topics stand, or `other`. (No labeled section gets such a topic; a line such as
  // "Last updated: March 3, 2021" does.)
  // `other` is for a section nothing else fits. Leading without a word behind it while a further topic has its evidence
  // ("We use personal data to send visitors news about us and to contact them"), it gives way to that topic
  // (3 unsealed labeled readings were [other, use]; each is labeled `use`).
  if (topics.length > 1 && topics[0]!.topic === 'other' && topics[0]!.evidence.length === 0 && topics.slice(1).some((t) => t.evidence.length > 0)) topics.shift();
  if (topics.every((t) => t.evidence.length > 0 || t.topic === 'other')) return topics;
  const explained = topics.filter((t) => t.evidence.length > 0);
  if (explained.length > 0) return explained;
  const cue = cueTopics.filter((topic) => topic !== OTHER_INDEX).map(toScore);
  if (cue.length > 0) return cue;
  const other = 0.5 * (model.member[OTHER_INDEX] ?? 0) + 0.5 * cueScore(strengths[OTHER_INDEX] ?? 0);
  return [{ topic: 'other', score: Math.round(other * 1000) / 1000, evidence: [] }];
}

/**
 * Cue terms first (at most CUE_EVIDENCE_FIRST), then the model's, then the remaining cue terms; no repeats.
 * Terms made only of words every policy uses ("data", "information to", "privacy") explain nothing to a reader:
 * they are shown only when a topic has no other evidence.
 */
function mergeEvidence(cue: readonly string[], model: readonly string[]): string[] {
  const out: string[] = [];
  const keys: string[] = [];
  const generic: string[] = [];
  const push = (surface: string): void => {
    if (out.length >= MAX_EVIDENCE) return;
    // Compare by words, so "opt-out" and "opt out", or "keep" inside "we keep", count once.
    const { key, generic: isGeneric } = termKey(surface);
    for (const known of keys) if (known.includes(key) || key.includes(known)) return;
    keys.push(key);
    if (isGeneric) generic.push(surface);
    else out.push(surface);
  };
  const first = Math.min(CUE_EVIDENCE_FIRST, cue.length);
  for (let i = 0; i < first; i++) push(cue[i] as string);
  for (const term of model) push(term);
  for (let i = first; i < cue.length; i++) push(cue[i] as string);
  return out.length > 0 ? out : generic.slice(0, MAX_EVIDENCE);
}

/** Words found in sections on any topic: alone (or with function words) they are not a reason for one. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  ('data information info personal policy privacy site sites website websites service services app apps application ' +
    'applications online web use uses used using time please company customer customers user users').split(' '),
);

/** An evidence term's key (see `termKey`), and whether its words are all generic or function words. */
interface TermKey {
  readonly key: string;
  readonly generic: boolean;
}

/**
 * An evidence term as compared for repeats (its key): its words separated by single spaces, padded with a space
 * (` ${surface.replace(NON_WORD, ' ').trim()} `), each word's plural "s" dropped. Most terms are already plain
 * words separated by single spaces, for which that is ` ${surface} `; they are recognized by hand, without the regex.
 */
function termKey(surface: string): TermKey {
  let found = keyCache.get(surface);
  if (found === undefined) {
    const key = computeWordsKey(surface);
    found = { key, generic: key.split(' ').every((word) => word.length <= 1 || GENERIC_WORDS.has(word) || FUNCTION_WORDS.has(word)) };
    if (keyCache.size < WORD_INFO_LIMIT) keyCache.set(surface, found);
  }
  return found;
}

/** Keys of the evidence terms seen so far: most terms are a cue's words, met again in section after section. */
const keyCache = new Map<string, TermKey>();

/** A plural "s" at the end of a word in a key (not "ss", "us" or "is"), dropped so "cookie" and "cookies" count once. */
const KEY_PLURAL = /([^ isu])s /g;

function computeWordsKey(surface: string): string {
  const length = surface.length;
  let plain = length > 0;
  for (let i = 0; plain && i < length; i++) {
    const code = surface.charCodeAt(i);
    // A space only between two words: not first, not last, not doubled.
    plain = isWordChar(code) || (code === 32 && i > 0 && i < length - 1 && surface.charCodeAt(i - 1) !== 32);
  }
  const key = plain ? ` ${surface} ` : ` ${surface.replace(NON_WORD, ' ').trim()} `;
  return key.includes('s ') ? key.replace(KEY_PLURAL, '$1 ') : key;
}
