import { defineStrings } from './strings.js';

/** What a widget says while its data loads, or when it cannot be loaded or shown (data-controller.ts). Every one can be reworded or translated. */
export const dataStrings = defineStrings({
  loading: 'Loading…',
  loadFailed: 'Sorry, this could not be loaded. Check your connection and try again.',
  invalidData: 'Sorry, this cannot be shown because its content has a problem.',
  retry: 'Try again',
});

type DataStrings = typeof dataStrings;
declare module './strings.js' {
  interface Strings extends DataStrings {}
}
