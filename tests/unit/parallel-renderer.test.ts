import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from '@astrojs/markdown-remark';
import { parallelPolicyMarkdown } from '../../src/markdown/parallel-renderer.ts';
import { policyMarkdownOptions } from '../../src/markdown/policy-markdown.ts';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from '../../src/lib/content-check.ts';
import type { PolicySection } from '../../src/lib/sections.ts';

const policies = Array.from(
  { length: 12 },
  (_, i) => `Intro ${i}.\n\n## ${i}. Data Retention\n\nWe retain logs for ${i} days.\n\n### Backups\n\n- weekly\n- encrypted\n\n## Contact\n\nWrite to <privacy${i}@example.com>.\n`,
);

describe('parallelPolicyMarkdown', () => {
  it('renders on worker threads exactly what the pipeline renders in process', async () => {
    const parallel = await parallelPolicyMarkdown({ workers: 2, startAfter: 0 }).createRenderer({ syntaxHighlight: false });
    const inProcess = await unified(policyMarkdownOptions()).createRenderer({ syntaxHighlight: false });
    const fileURL = new URL('file:///site/content/policies/acme.md');
    const [viaWorkers, direct] = await Promise.all([
      Promise.all(policies.map((content) => parallel.render(content, { fileURL, frontmatter: {} }))),
      Promise.all(policies.map((content) => inProcess.render(content, { fileURL, frontmatter: {} }))),
    ]);
    assert.deepEqual(viaWorkers, direct);
    const sections = viaWorkers[3]!.metadata.frontmatter['sections'] as { id: string; topics: { topic: string }[] }[];
    assert.deepEqual(sections.map((s) => s.id), ['introduction', 'data-retention', 'backups', 'contact']);
    assert.equal(sections[1]!.topics[0]!.topic, 'retention');
  });

  it('renders small collections in process and moves to workers as the collection grows', async () => {
    const renderer = await parallelPolicyMarkdown({ workers: 2, startAfter: 3 }).createRenderer({ syntaxHighlight: false });
    const first = await Promise.all(policies.slice(0, 2).map((content) => renderer.render(content, {})));
    // Keep rendering until the workers are up; every result is complete either way.
    const rest = [];
    for (let round = 0; round < 40; round++) rest.push(...(await Promise.all(policies.map((content) => renderer.render(content, {})))));
    for (const result of [...first, ...rest]) assert.equal((result.metadata.frontmatter['sections'] as unknown[]).length, 4);
  });

  it('passes content problems back to the main thread and fails that render', async () => {
    const problems: ContentProblem[] = [];
    const renderer = await parallelPolicyMarkdown({ workers: 1, startAfter: 0, onProblem: (p) => problems.push(p) }).createRenderer({ syntaxHighlight: false });
    await assert.rejects(
      renderer.render('## Storage {topics=retension}\n\ntext\n', { fileURL: new URL('file:///site/content/policies/bad.md') }),
      /bad\.md:1: Unknown topic "retension"/,
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /Unknown topic "retension"/);
    // The worker keeps serving after a failure.
    const ok = await renderer.render('Fine.\n', {});
    assert.equal((ok.metadata.frontmatter['sections'] as unknown[]).length, 1);
  });

  it('checks images against the public folder and puts them under the base path, on workers as in process', async () => {
    const site = { base: '/sub/', publicDir: fileURLToPath(new URL('../../public/', import.meta.url)) };
    for (const workers of [0, 1]) {
      const renderer = await parallelPolicyMarkdown({ workers, startAfter: 0, site }).createRenderer({ syntaxHighlight: false });
      const ok = await renderer.render('## Logo\n\n![Our logo](/favicon.svg)\n', {});
      const [section] = ok.metadata.frontmatter['sections'] as PolicySection[];
      assert.match(section!.html, /<img src="\/sub\/favicon\.svg" alt="Our logo">/, `workers: ${workers}`);
      await assert.rejects(renderer.render('## Chart\n\n![Chart](/images/chart.png)\n', { fileURL: new URL('file:///site/content/policies/acme.md') }), /acme\.md:3: The image "\/images\/chart\.png" is not among the site's files/);
    }
  });

  it("hands each policy's file, frontmatter and sections to onRendered, in process and on workers", async () => {
    const seen: { file: string | undefined; frontmatter: Record<string, unknown>; ids: string[] }[] = [];
    const renderer = await parallelPolicyMarkdown({
      workers: 2,
      startAfter: 2,
      onRendered: (file, frontmatter, sections) => seen.push({ file: file?.href, frontmatter, ids: sections.map((s) => s.id) }),
    }).createRenderer({ syntaxHighlight: false });
    const rendered = [];
    for (let round = 0; round < 20; round++) {
      rendered.push(
        ...(await Promise.all(
          policies.map((content, i) =>
            renderer.render(content, { fileURL: new URL(`file:///site/content/policies/p${i}.md`), frontmatter: { organization: `Org ${i}` } }),
          ),
        )),
      );
    }
    assert.equal(seen.length, rendered.length);
    // The policy's own frontmatter, without the sections the plugin added to it.
    assert.deepEqual(seen.find((s) => s.file?.endsWith('/p5.md')), { file: 'file:///site/content/policies/p5.md', frontmatter: { organization: 'Org 5' }, ids: ['introduction', 'data-retention', 'backups', 'contact'] });
    assert.equal(new Set(seen.map((s) => s.file)).size, policies.length);
  });
});
