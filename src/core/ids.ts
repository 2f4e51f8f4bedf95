let counter = 0;
/** A short id, unique in this page, for linking labels, hints and errors inside a shadow root. */
export const uid = (prefix = 'cp'): string => `${prefix}-${(++counter).toString(36)}`;
