/**
 * Astro integration that guards the content: it checks every policy's frontmatter before the
 * build starts, and stops the build before any page is written when a policy's Markdown could
 * not be split into sections. Astro's glob loader only logs render errors and carries on, which
 * would publish a site with a policy silently missing.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPolicyFiles, formatProblem, formatProblems, languageNotices, readPolicyDirectory, type ContentProblem } from '../lib/content-check.ts';

export interface PolicyContent {
  readonly integration: AstroIntegration;
  /** Passed to the remark plugin, which reports content problems here instead of failing alone. */
  readonly report: (problem: ContentProblem) => void;
}

export function policyContent(options: { readonly directory: string }): PolicyContent {
  const problems: ContentProblem[] = [];
  const fail = (found: readonly ContentProblem[]) => {
    const error = new Error(`${formatProblems(found)}\nFix them and build again; nothing was written.`);
    error.name = 'PolicyContentError';
    error.stack = error.message; // the stack of this hook would only hide the message
    throw error;
  };
  return {
    report: (problem) => problems.push(problem),
    integration: {
      name: 'privacy-compare:policy-content',
      hooks: {
        'astro:config:setup': ({ config, logger }) => {
          const root = fileURLToPath(config.root);
          const files = readPolicyDirectory(path.resolve(root, options.directory), root);
          const found = checkPolicyFiles(files);
          if (found.length > 0) fail(found);
          for (const notice of languageNotices(files)) logger.warn(formatProblem(notice));
        },
        'astro:build:start': () => {
          if (problems.length > 0) fail(problems);
        },
      },
    },
  };
}
