/**
 * The four seed policies: the committed content must be exactly the importer's output plus the
 * declared hand edits (src/lib/import/seed-edits.ts), must keep every line of the policy, and
 * must have every section heading of the original as a Markdown heading.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { checkPolicyFile, splitFrontmatter } from '../../src/lib/content-check.ts';
import { extractSections } from '../../src/lib/sections.ts';
import { importPolicy } from '../../src/lib/import/index.ts';
import { normalizeSpace } from '../../src/lib/import/residue.ts';
import { SEED_EDITS } from '../../src/lib/import/seed-edits.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = path.resolve(root, '../shared/seeds');
const skip = existsSync(seedsDir) ? false : `the seeds are not at ${seedsDir} (CI clones shared/ beside the repo): skipped`;

const EXPECTED_HEADINGS: Record<string, readonly string[]> = {
  autoidm: [
    '## What we collect and why',
    '### Identity and access',
    '### Billing information',
    '### Product interactions',
    '### Website interactions',
    '### Advertising and Cookies',
    '### Voluntary correspondence',
    '## When we access or disclose your information',
    '## Data retention',
    '## Location of site and data',
    '## Changes and questions',
  ],
  imetrix: [
    '## What information does the Application obtain and how is it used?',
    '### User Provided Information',
    '### Automatically Collected Information',
    '## Does the Application collect location information of the device?',
    '## Do third parties see and/or have access to information obtained by the Application?',
    '## What are my opt-out rights?',
    '## Data Retention Policy, Managing Your Information',
    '## Children',
    '## Security',
    '## Changes',
    '## Your Consent',
    '## Contact us',
  ],
  industrack: [
    '## Overview',
    '## What personal information do we collect from the people who use our web or mobile app?',
    '## When do we collect information?',
    '## How do we protect your information?',
    '## Cookies',
    '## Accessing, Reviewing, and Changing Your Personal Information',
    '## Online Security',
    '## Third Parties',
    '## Third-Party Partner Integrations',
    '## Marketing, Advertising & Analytics',
    '### GIFs and Pixel Tags:',
    '### Log Files:',
    '### Advertising:',
    '### Do Not Track:',
    '## COPPA (Children Online Privacy Protection Act)',
    '## Your California Privacy Rights',
    '## Right to Lodge a Complaint (European Union)',
    '## PCI Compliance',
    '## Contact Us',
    '## Note',
  ],
  influxis: [
    '## 1. Who does the Privacy Policy apply to?',
    '## 2. What Personal Data is Collected by Influxis?',
    '## 3. How is Personal Data Collected by Influxis?',
    '## 4. Why Does Influxis Collect Personal Data?',
    '### For Customers',
    '### For Visitors',
    '### For Financial Information',
    '### For Use Information',
    '### For Support Information',
    '## 5. Influxis’ Disclosure of Personal Data to Regulatory Agencies',
    '## 6. User Choice',
    '## 7. Security, Integrity and Retention of Personal Data',
    '## 8. Access to Personal Data',
    '## 9. International Transfers of Personal Data',
    '## 10. Sensitive Information',
    '## 11. Children’s Online Privacy Protection',
    '## 12. Data Service',
    '## 13. Dispute Resolution',
    '## 14. Enforcement',
    '## 15. Definitions',
    '## 16. Changes',
    '## 17. Verification',
  ],
};

/** Only page residue and frontmatter lines may leave the body. */
const ALLOWED_REMOVALS = /^(?:page marker|image file name|app store badge|copyright footer|page-builder label|footer text|frontmatter: .+)$/;

/** Plain text of a Markdown body, blocks joined by spaces: parsing undoes the escapes. */
function plainText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const blocks: string[] = [];
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'paragraph' || node.type === 'heading') blocks.push(toString(node));
    else if ('children' in node) for (const child of node.children) walk(child as Root['children'][number]);
  };
  walk(tree);
  return normalizeSpace(blocks.join(' '));
}

for (const edit of SEED_EDITS) {
  describe(`seed ${edit.file}`, { skip }, () => {
    const seedPath = path.join(seedsDir, edit.file);
    const committedPath = path.join(root, 'content/policies', `${edit.slug}.md`);
    const result = skip ? null : importPolicy({ content: readFileSync(seedPath), fileName: edit.file }, edit.options);

    it('committed content equals the importer output plus the declared edits', () => {
      assert.equal(readFileSync(committedPath, 'utf8'), result!.markdown, `regenerate with: npm run import -- ../shared/seeds/${edit.file} --seed-edits --force`);
    });

    it('passes the content check and splits into sections', () => {
      const contents = readFileSync(committedPath, 'utf8');
      assert.deepEqual(checkPolicyFile({ file: committedPath, contents }), []);
      const tree = unified().use(remarkParse).use(remarkGfm).parse(splitFrontmatter(contents)!.body) as Root;
      assert.doesNotThrow(() => extractSections(tree, { classify: () => [] }));
    });

    it('has every section heading of the original as a Markdown heading', () => {
      assert.deepEqual(result!.review.headings, EXPECTED_HEADINGS[edit.slug]);
    });

    it('keeps every line of the policy except the reported residue and frontmatter lines', () => {
      const removed = new Map(result!.review.removedLines.map((entry) => [entry.line, entry]));
      for (const entry of removed.values()) assert.match(entry.reason, ALLOWED_REMOVALS, `line ${entry.line}: ${entry.text}`);
      const text = plainText(splitFrontmatter(result!.markdown)!.body);
      const lines = readFileSync(seedPath, 'utf8').split(/\r?\n/);
      lines.forEach((line, i) => {
        if (removed.has(i + 1)) return;
        const kept = normalizeSpace(line).replace(/^[•●◦\-*–]\s+/, '');
        if (kept === '') return;
        assert.ok(text.includes(kept), `line ${i + 1} of ${edit.file} is missing from the Markdown: ${kept}`);
      });
    });

    it('sends the removed title, date and provenance lines to the frontmatter', () => {
      const frontmatter = result!.frontmatter;
      for (const entry of result!.review.removedLines.filter((line) => line.reason.startsWith('frontmatter: '))) {
        const field = entry.reason.slice('frontmatter: '.length);
        if (field === 'title') assert.ok(entry.text.startsWith(frontmatter.title), entry.text);
        if (field === 'last_updated') assert.notEqual(frontmatter.last_updated, null);
        if (field === 'provenance') assert.ok(frontmatter.provenance?.includes(entry.text));
      }
    });
  });
}
