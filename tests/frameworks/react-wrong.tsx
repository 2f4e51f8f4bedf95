// Mistakes the React types must catch: tests/node/framework-types.test.mjs expects one error on
// each line marked "error:", with that text in the message, and no other error.
import type {} from 'coproduce-kit/react';

export function Wrong() {
  return (
    <>
      <cp-feedbak-form /> {/* error: cp-feedbak-form */}
      <cp-feedback-form endpont="/v1/feedback" /> {/* error: endpont */}
      <cp-feedback-form min-seconds="soon" /> {/* error: "soon" */}
      <cp-impact-panel layout="grid" /> {/* error: "grid" */}
      <cp-consent-flow oncp-consent={(event) => event.detail.recrd} /> {/* error: recrd */}
    </>
  );
}
