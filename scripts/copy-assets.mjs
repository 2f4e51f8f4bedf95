// Publishes the files that are not modules: the page stylesheet of design tokens
// (coproduce-kit/tokens.css) and every widget's JSON Schema (coproduce-kit/schemas/<name>.schema.json).
import { copyFile, mkdir, readdir } from 'node:fs/promises';

await copyFile('src/tokens/generated/tokens.css', 'dist/tokens.css');
await mkdir('dist/schemas', { recursive: true });
for (const file of await readdir('src/contract/schemas')) {
  if (file.endsWith('.schema.json')) await copyFile(`src/contract/schemas/${file}`, `dist/schemas/${file}`);
}
