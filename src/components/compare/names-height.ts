/**
 * Keeps a CSS custom property on the page equal to an element's height, so what sticks below that element
 * (the comparison's row topics, below its sticky names row) sits right under it however many lines it takes.
 * Without JavaScript the property's fallback in the CSS holds (one line of names).
 */
export function followHeight(element: HTMLElement | null, property: string): void {
  if (!element) return;
  const update = () => document.documentElement.style.setProperty(property, `${element.offsetHeight}px`);
  new ResizeObserver(update).observe(element);
  update();
}
