// The English source strings: every `*.strings.ts` module's defaults, gathered from the code.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../../src/', import.meta.url);

/** Every built-in English string, by key, in the order the modules define them. */
export async function englishStrings(): Promise<Record<string, string>> {
  const { en } = await import(new URL('core/strings.ts', root).href);
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.strings.ts')).sort();
  for (const f of files) await import(pathToFileURL(join(root.pathname, f)).href);
  return { ...en };
}
