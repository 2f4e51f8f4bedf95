// React 19: three widgets with attributes, properties, a ref and one typed event each.
import type {} from 'coproduce-kit/react';
import type { CpFeedbackForm, FeedbackDefinition } from 'coproduce-kit';
import { useRef } from 'react';

const definition: FeedbackDefinition = {
  id: 'visit',
  version: 1,
  title: 'Tell us about your visit',
  questions: [{ id: 'feeling', type: 'feeling', label: 'How did it go?' }],
};

export function Feedback() {
  const form = useRef<CpFeedbackForm>(null);
  return (
    <>
      <cp-feedback-form
        ref={form}
        data={definition}
        endpoint="https://example.org/v1/feedback"
        min-seconds={3}
        paged
        className="feedback"
        aria-label="Feedback"
        oncp-submitted={(event) => {
          const id: string = event.detail.id;
          const paged: boolean = event.currentTarget.paged;
          console.log(id, paged);
        }}
      />
      <cp-impact-panel src="/impact.json" layout="list" heading-level="3" />
      <cp-consent-flow
        src="/consent.json"
        manageUrl="https://example.org/consent"
        oncp-consent={(event) => console.log(event.detail.record.reference)}
      />
      <cp-credits src="/credits.json" oncp-credits-copy={(event) => console.log(event.detail.copied)} />
    </>
  );
}
