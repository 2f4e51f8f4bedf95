// What the guides' API tables leave out: Lit and form-association plumbing that
// custom-elements.json lists as public but a page never sets.
export const notApi =
  /^(formAssociated|shadowRootOptions|internals|env|layered|renderOptions|styles|focusAfterUpdate)$/;
