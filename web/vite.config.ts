import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm dev` finds the API (its default port); the built app is served by the API itself. */
const apiOrigin = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/graphql': apiOrigin,
      '/health': apiOrigin,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The explorer chunk carries Cytoscape and fCoSE (~600 kB, loaded only on the explorer).
    chunkSizeWarningLimit: 700,
  },
});
