// A web-test-runner plugin that makes the test page's requests fail as they do when the network
// is down: `executeServerCommand('fail-requests', { urls: ['*/outbox.js*'] })` (CDP URL
// patterns, `*` any text). Until the next call, Chrome fails every matching request, in the page
// and its frames, the HTTP cache included. The next call (`{ urls: [] }` to stop) returns the
// URLs failed since the last one, so a test can tell a file was asked for and not received.
import { cdpSession } from './cdp-command.mjs';

export function failRequestsPlugin() {
  const failed = new WeakMap();
  return {
    name: 'coproduce-kit:fail-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'fail-requests') return undefined;
      const cdp = await cdpSession(session, command);
      if (!failed.has(cdp)) {
        failed.set(cdp, []);
        cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
          failed.get(cdp).push(request.url);
          void cdp.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }).catch(() => undefined);
        });
      }
      const urls = payload?.urls ?? [];
      // A file already in the cache would be served from it without a request.
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: urls.length > 0 });
      if (urls.length) await cdp.send('Fetch.enable', { patterns: urls.map((urlPattern) => ({ urlPattern })) });
      else await cdp.send('Fetch.disable');
      return failed.get(cdp).splice(0);
    },
  };
}
