// Views name themselves more exactly than the shell can ("Credits: Food project"); the shell
// listens for `cpa-title` and sets document.title.
export function setTitle(from: EventTarget, title: string): void {
  from.dispatchEvent(new CustomEvent('cpa-title', { detail: { title }, bubbles: true, composed: true }));
}
