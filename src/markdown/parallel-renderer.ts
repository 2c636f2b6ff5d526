/**
 * A `markdown.processor` that renders policies on worker threads, one per core: Astro's glob
 * loader renders ten entries at a time, but on one thread, and parsing Markdown is most of a
 * large build. Same unified pipeline as `unified(policyMarkdownOptions())`; small collections,
 * and any build where workers cannot start, render on the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  unified,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type MarkdownRenderResult,
  type UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import type { ContentProblem } from '../lib/content-check.ts';
import type { PolicySection } from '../lib/sections.ts';
import { policyMarkdownOptions, type PipelineOptions } from './policy-markdown.ts';

export interface RenderRequest {
  readonly id: number;
  readonly content: string;
  readonly fileURL?: string | undefined;
  readonly frontmatter: Record<string, unknown>;
}

export type RenderResponse =
  | { readonly id: number; readonly result: MarkdownRenderResult; readonly problems: ContentProblem[] }
  | { readonly id: number; readonly error: string; readonly problems: ContentProblem[] };

export interface ParallelOptions {
  /** Receives content problems found by the section splitter (in any thread). */
  readonly onProblem?: ((problem: ContentProblem) => void) | undefined;
  /** Worker threads. Default: one per core, at most 4; 0 renders on the main thread. */
  readonly workers?: number | undefined;
  /** Start the workers at this many renders, rendering in process until they are up. Default 24; 0 starts them at once. */
  readonly startAfter?: number | undefined;
  /** Receives each policy's sections as it is rendered (the search index starts from them). */
  readonly onRendered?: RenderedHook | undefined;
  /** The site's base path and public folder, for images (see remark-policy-sections). */
  readonly site?: PipelineOptions['site'];
}

/** What a worker is started with: Astro's Markdown options, and the site for the pipeline. */
export interface WorkerSetup {
  readonly markdown: AstroMarkdownOptions;
  readonly site: PipelineOptions['site'];
}

export type RenderedHook = (file: URL | undefined, frontmatter: Record<string, unknown>, sections: readonly PolicySection[]) => void;

/** Calls `onRendered` with the sections the remark plugin put in the frontmatter of each render. */
function reporting(renderer: MarkdownRenderer, onRendered: RenderedHook | undefined): MarkdownRenderer {
  if (!onRendered) return renderer;
  return {
    async render(content, options) {
      const result = await renderer.render(content, options);
      const { sections, ...frontmatter } = result.metadata.frontmatter as Record<string, unknown> & { sections?: PolicySection[] };
      if (sections) onRendered(options?.fileURL, frontmatter, sections);
      return result;
    },
  };
}

/** Options a worker can be sent: functions and plugins don't cross threads, each worker loads its own. */
function cloneableShared(shared: AstroMarkdownOptions): AstroMarkdownOptions {
  return JSON.parse(JSON.stringify({ ...shared, remarkPlugins: [], rehypePlugins: [] })) as AstroMarkdownOptions;
}

class WorkerPool implements MarkdownRenderer {
  readonly #idle: Worker[] = [];
  readonly #queue: { request: RenderRequest; resolve: (r: RenderResponse) => void }[] = [];
  readonly #pending = new Map<number, { worker: Worker; resolve: (r: RenderResponse) => void }>();
  readonly #onProblem: ((problem: ContentProblem) => void) | undefined;
  #nextId = 0;

  constructor(workers: readonly Worker[], onProblem: ((problem: ContentProblem) => void) | undefined) {
    this.#onProblem = onProblem;
    for (const worker of workers) {
      worker.on('message', (response: RenderResponse) => {
        const pending = this.#pending.get(response.id)!;
        this.#pending.delete(response.id);
        this.#release(worker);
        pending.resolve(response);
      });
      worker.unref();
      this.#idle.push(worker);
    }
  }

  #release(worker: Worker): void {
    const next = this.#queue.shift();
    if (next) this.#send(worker, next.request, next.resolve);
    else {
      // An idle worker must not keep a finished build alive; a busy one must.
      worker.unref();
      this.#idle.push(worker);
    }
  }

  #send(worker: Worker, request: RenderRequest, resolve: (r: RenderResponse) => void): void {
    worker.ref();
    this.#pending.set(request.id, { worker, resolve });
    worker.postMessage(request);
  }

  async render(content: string, options?: { fileURL?: URL; frontmatter?: Record<string, unknown> }): Promise<MarkdownRenderResult> {
    const request: RenderRequest = { id: this.#nextId++, content, fileURL: options?.fileURL?.href, frontmatter: options?.frontmatter ?? {} };
    const response = await new Promise<RenderResponse>((resolve) => {
      const worker = this.#idle.pop();
      if (worker) this.#send(worker, request, resolve);
      else this.#queue.push({ request, resolve });
    });
    for (const problem of response.problems) this.#onProblem?.(problem);
    if ('error' in response) throw new Error(response.error);
    return response.result;
  }
}

function startWorker(shared: AstroMarkdownOptions, site: PipelineOptions['site']): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const setup: WorkerSetup = { markdown: cloneableShared(shared), site };
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup });
    worker.once('error', reject);
    worker.once('message', () => {
      worker.off('error', reject);
      resolve(worker);
    });
  });
}

/**
 * Renders on the main thread until a collection proves large, then on workers: starting them
 * costs about a second, more than a small site takes to render.
 */
class AdaptiveRenderer implements MarkdownRenderer {
  readonly #inProcess: MarkdownRenderer;
  readonly #startPool: () => Promise<WorkerPool>;
  readonly #threshold: number;
  #pool: WorkerPool | undefined;
  #calls = 0;

  constructor(inProcess: MarkdownRenderer, startPool: () => Promise<WorkerPool>, threshold: number) {
    this.#inProcess = inProcess;
    this.#startPool = startPool;
    this.#threshold = threshold;
  }

  render(content: string, options?: { fileURL?: URL; frontmatter?: Record<string, unknown> }): Promise<MarkdownRenderResult> {
    if (++this.#calls === this.#threshold) {
      this.#startPool().then(
        (pool) => (this.#pool = pool),
        (error: unknown) => console.warn(`Rendering Markdown on the main thread: worker threads could not start (${error instanceof Error ? error.message : String(error)}).`),
      );
    }
    return (this.#pool ?? this.#inProcess).render(content, options);
  }
}

export function parallelPolicyMarkdown(options: ParallelOptions = {}): MarkdownProcessor<UnifiedResolvedOptions> {
  const inProcess = unified(policyMarkdownOptions({ onProblem: options.onProblem, site: options.site }));
  const count = options.workers ?? Math.min(availableParallelism(), 4);
  const threshold = options.startAfter ?? 24;
  return {
    ...inProcess,
    async createRenderer(shared) {
      const direct = await inProcess.createRenderer(shared);
      const startPool = async () => new WorkerPool(await Promise.all(Array.from({ length: count }, () => startWorker(shared, options.site))), options.onProblem);
      const renderer = count === 0 ? direct : threshold === 0 ? await startPool() : new AdaptiveRenderer(direct, startPool, threshold);
      return reporting(renderer, options.onRendered);
    },
  };
}
