// A web-test-runner plugin that turns on forced colours (Windows High Contrast) in the test's
// page: `executeServerCommand('forced-colors', { active: true })`. The built-in emulateMedia
// command passes only colour scheme and reduced motion to Chrome, so this talks to Chrome's
// DevTools protocol itself. Chrome then paints with the forced palette, and getComputedStyle
// returns the forced colours, as it would on Windows.
import { cdpSession } from './cdp-command.mjs';

export function forcedColorsPlugin() {
  return {
    name: 'coproduce-kit:forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const cdp = await cdpSession(session, command);
      const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
      if (payload?.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
