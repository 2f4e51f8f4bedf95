// Publishes the page stylesheet of design tokens as coproduce-kit/tokens.css.
import { copyFile } from 'node:fs/promises';
await copyFile('src/tokens/generated/tokens.css', 'dist/tokens.css');
