// Stops svelte-check looking further up, at the kit's own vite.config.ts: these fixtures need no options.
export default {};
