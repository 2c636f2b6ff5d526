/** Site-wide strings, in one place. */
export const SITE = {
  name: 'privacy-compare',
  tagline: 'Privacy policies side by side, section by section.',
  description:
    'Compare what companies say about retention, sharing, children or security: privacy policies split into linkable sections and tagged by topic.',
} as const;

/**
 * The folder of policy Markdown files, relative to the project: `POLICIES_DIR` when set (benchmarks,
 * test fixtures), else `content/policies`. Read by the config and the content collection.
 */
export function policiesDirectory(env: Record<string, string | undefined> = process.env): string {
  return env['POLICIES_DIR'] ?? './content/policies';
}
