// Each component from its own file, as Shoelace's docs describe cherry-picking.
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import { remaining } from '../../form.mjs';

const textarea = document.getElementById('more');
const count = document.getElementById('more-count');
textarea.addEventListener('sl-input', () => (count.textContent = remaining(textarea.value)));
document.querySelector('.summary').focus();
