import { defineStrings } from './strings.js';

/** What a widget that sends tells the person about their answers (delivery-message.ts). Every one can be reworded or translated. */
export const deliveryStrings = defineStrings({
  deliverySent: 'Sent. Thank you.',
  deliverySaved: 'Saved on this device. It will be sent when you are back online.',
  deliveryRejected: 'Sorry, your answers could not be sent. They are still here, so you can try again or copy them.',
  deliveryUnsent: 'Sorry, your answers could not be sent from this page. They are still here, so you can copy them.',
});

type DeliveryStrings = typeof deliveryStrings;
declare module './strings.js' {
  interface Strings extends DeliveryStrings {}
}
