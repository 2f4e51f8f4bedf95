import { defineConfig } from 'vite';

export default defineConfig({
  // Without this Vite pre-bundles Lit twice and components break ("multiple versions of Lit").
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
});
