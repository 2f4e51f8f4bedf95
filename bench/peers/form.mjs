// The one feedback form every page builds: its words live here once, and each page renders them
// its own way (GOV.UK Frontend's markup, Shoelace's tags, a Lit element, the kit's definition).

export const FORM = {
  title: 'How was the workshop?',
  more: {
    id: 'more',
    label: 'What should we change for next time?',
    hint: 'Do not include personal details like your name or address.',
    maxLength: 300,
  },
  rating: {
    id: 'rating',
    label: 'How would you rate the workshop?',
    options: ['Very poor', 'Poor', 'OK', 'Good', 'Very good'],
    error: 'Select how you would rate the workshop',
  },
  contact: { id: 'contact', label: 'Can we contact you about your answers?', option: 'Yes, you can contact me' },
  summary: 'There is a problem',
  submit: 'Send feedback',
};

/** GOV.UK's character count wording, used by the pages that write their own count (Shoelace, Lit). */
export const remaining = (text, max = FORM.more.maxLength) => {
  const left = max - text.length;
  const n = Math.abs(left);
  return `You have ${n} character${n === 1 ? '' : 's'} ${left < 0 ? 'too many' : 'remaining'}`;
};

/**
 * The same form as a kit definition (feedback-definition.schema.json). The kit writes the
 * personal-details hint under every long answer itself, and offers "Prefer not to say" on a
 * required question; it shows the rating's error in its own words.
 */
export const kitDefinition = () => ({
  id: 'bench-peers',
  version: 1,
  title: FORM.title,
  flags: 'off',
  questions: [
    { id: FORM.more.id, type: 'longText', label: FORM.more.label, maxLength: FORM.more.maxLength },
    {
      id: FORM.rating.id,
      type: 'single',
      label: FORM.rating.label,
      required: true,
      options: FORM.rating.options.map((label, i) => ({ id: String(i + 1), label })),
    },
    {
      id: FORM.contact.id,
      type: 'multi',
      label: FORM.contact.label,
      options: [{ id: 'yes', label: FORM.contact.option }],
    },
  ],
});

/** A page's HTML around its own `head` and `body`; its title says there is an error, as the form shows one. */
export const htmlPage = ({ html = '', head = '', body }) => `<!doctype html>
<html lang="en"${html}>
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Error: ${FORM.title}</title>
${head}
</head>
${body}
</html>`;
