/**
 * Test harnesses for the kit's widgets (`coproduce-kit/testing`): find and use what a person
 * sees (labels, headings, buttons' words) through the widgets' shadow roots, and wait for them
 * to render. They use only the DOM, never the widget classes, so they work with the npm build
 * and the script-tag build alike, in any test runner with a real DOM (Web Test Runner,
 * Playwright's page.evaluate, Vitest's browser mode). Nothing in a widget imports them.
 */
export { FeedbackFormHarness, type FeedbackAnswer } from './feedback-form.js';
export { ConsentFlowHarness, ConsentWithdrawHarness } from './consent.js';
export { ImpactPanelHarness, type ImpactItemView } from './impact-panel.js';
export { CreditsHarness } from './credits.js';
export { PageFeedbackHarness } from './page-feedback.js';
export { FieldHarness } from './field.js';
export { WidgetHarness, findHost } from './widget.js';
export { settle, textOf, shownText, waitFor } from './dom.js';
