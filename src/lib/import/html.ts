import type { Root } from 'mdast';
import type { RemovedLine, TextFacts } from './text.ts';
export function importHtml(_html: string): { tree: Root; facts: TextFacts; removedLines: RemovedLine[]; warnings: string[] } {
  throw new Error('not yet');
}
