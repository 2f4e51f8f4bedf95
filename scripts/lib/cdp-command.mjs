// For web-test-runner plugins whose commands drive Chrome itself: one Chrome DevTools protocol
// session per test page, made on first use.
const sessions = new WeakMap();

/** The CDP session of the page that ran `command`; throws outside Chrome. */
export function cdpSession(session, command) {
  if (session.browser.type !== 'puppeteer')
    throw new Error(`${command} needs Chrome (puppeteer), not ${session.browser.type}`);
  const page = session.browser.getPage(session.id);
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
  return sessions.get(page);
}
