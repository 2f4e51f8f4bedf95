// A message that outlives one navigation: the shell makes a new view element for each address,
// so "Version 3 is saved" is handed to the next view here and shown once.
let pending = '';

export function setFlash(message: string): void {
  pending = message;
}

/** The message left by the last view, once: reading it clears it. */
export function takeFlash(): string {
  const message = pending;
  pending = '';
  return message;
}
