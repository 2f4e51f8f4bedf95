import { expect } from '@open-wc/testing';

/** The text a person sees in a subtree, through every shadow root, leaving out `hidden` elements. */
export function seenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  return [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes]
    .filter((n) => !(n instanceof HTMLElement) || !n.hidden)
    .map(seenText)
    .join(' ');
}

/** Checks a right-to-left story is in Arabic throughout: Arabic words, and no English ones left over. */
export function expectArabicOnly(el: Element): void {
  const words = seenText(el);
  expect(words).to.match(/[\u0600-\u06FF]/);
  expect(words.match(/\b[a-z]{2,}\b/gi), 'English words').to.equal(null);
}
