import { defineConfig } from "vite";

// A relative base makes the built site work from any static host and any sub-path.
export default defineConfig({
  base: "./",
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: true },
});
