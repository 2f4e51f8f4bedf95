/**
 * Every JSON Schema of the contract between the widgets and the collector, by name. The files are
 * in `src/contract/schemas/` and are published as `coproduce-kit/schemas/<file>`; the collector
 * validates with the very same files.
 */
export const schemaFiles = {
  /** What `<cp-feedback-form>` reads: questions, options and wording. */
  feedbackDefinition: 'feedback-definition.schema.json',
  /** What both feedback widgets send to `POST /v1/feedback`. */
  feedbackSubmission: 'feedback-submission.schema.json',
  /** What `<cp-consent-flow>` reads: the information, statements and choices. */
  consentDefinition: 'consent-definition.schema.json',
  /** What `<cp-consent-flow>` sends to `POST /v1/consent` when a person agrees. */
  consentRecord: 'consent-record.schema.json',
  /** A withdrawal, sent to `POST /v1/consent` (`type: "withdrawn"`). */
  consentWithdrawal: 'consent-withdrawal.schema.json',
  /** A changed credit choice, sent to `POST /v1/consent` (`type: "credit-changed"`). */
  consentCreditChange: 'consent-credit-change.schema.json',
  /** "Leave without agreeing", sent to `POST /v1/consent` (`type: "declined"`). */
  consentDecline: 'consent-decline.schema.json',
  /** What `<cp-impact-panel>` reads ("you said, we did"). */
  impact: 'impact-panel.schema.json',
  /** What `<cp-credits>` reads. */
  credits: 'credits.schema.json',
} as const;

export type SchemaName = keyof typeof schemaFiles;
