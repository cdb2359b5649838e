// Builds the simulated Console into ../bundle, served by mock_is at /console (mock_is/console/spa.py).
// The output is not committed: `make console` (called by `make run` and `make test`) rebuilds it when a source changes.
import { defineConfig } from "vite";

// MUI marks its modules "use client" (a React Server Components hint with no meaning in a browser bundle).
function quietUseClient(warning, warn) {
    if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
    warn(warning);
}

export default defineConfig({
    base: "/console/",
    esbuild: { jsx: "automatic" },
    build: {
        outDir: "../bundle",
        emptyOutDir: true,
        sourcemap: false,
        // One script and one stylesheet: a page load is two requests plus fonts, whatever the route.
        cssCodeSplit: false,
        chunkSizeWarningLimit: 4096,
        rollupOptions: { onwarn: quietUseClient }
    },
    logLevel: "warn"
});
