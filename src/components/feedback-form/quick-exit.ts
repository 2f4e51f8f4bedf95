import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Leaves the page at once, without adding it to the history. Tests replace `go`. */
export const quickExit = { go: (url: string) => location.replace(url) };

/**
 * Pressing Shift three times within 5 seconds leaves the page, as the GOV.UK "Exit this page"
 * component does. Any other key starts the count again.
 */
export class QuickExitController implements ReactiveController {
  private presses: number[] = [];

  constructor(private host: ReactiveControllerHost & { exitUrl?: string }) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKey, true);
  }
  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKey, true);
  }

  /** Leaves for `exit-url`, when the page set one. */
  exit = (): void => {
    if (this.host.exitUrl) quickExit.go(this.host.exitUrl);
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Shift') this.presses = [];
    else if (!e.repeat) {
      const now = e.timeStamp;
      this.presses = [...this.presses.filter((t) => now - t < 5000), now];
      if (this.presses.length > 2) {
        this.presses = [];
        this.exit();
      }
    }
  };
}
