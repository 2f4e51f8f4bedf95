// The back office's entry: the kit's design tokens for the page, the page's own few styles
// (adopted, as CSP allows no inline <style>), and the shell, which loads each view when needed.
import '../../../src/tokens/generated/tokens.css';
import { pageStyles } from './styles.js';
import './app-shell.js';

if (pageStyles.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyles.styleSheet];
