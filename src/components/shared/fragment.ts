/** The element id a URL's fragment names (`#r%C3%A9tention` → `rétention`), or the fragment as written when it is not valid encoding. */
export function fragmentId(hash: string = location.hash): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
