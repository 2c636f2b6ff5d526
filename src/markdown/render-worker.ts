/**
 * A worker thread of the parallel Markdown renderer: renders policies with the same unified
 * pipeline as the main thread and sends back the result, or the error and content problems.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { ContentProblem } from '../lib/content-check.ts';
import { policyMarkdownOptions } from './policy-markdown.ts';
import type { RenderRequest, RenderResponse, WorkerSetup } from './parallel-renderer.ts';

let problems: ContentProblem[] = [];
const setup = workerData as WorkerSetup;
const renderer = await createMarkdownProcessor({
  ...setup.markdown,
  ...policyMarkdownOptions({ onProblem: (problem) => problems.push(problem), site: setup.site }),
});

parentPort!.on('message', async (request: RenderRequest) => {
  problems = [];
  let response: RenderResponse;
  try {
    const result = await renderer.render(request.content, {
      ...(request.fileURL ? { fileURL: new URL(request.fileURL) } : {}),
      frontmatter: request.frontmatter,
    });
    response = { id: request.id, result, problems };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error), problems };
  }
  parentPort!.postMessage(response);
});
parentPort!.postMessage({ ready: true });
