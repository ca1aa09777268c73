import { defineConfig } from "vite";

// A relative base makes the built site work from any static host and any sub-path.
// The dev server listens on this machine only: serving the source to the local network
// is a choice made on purpose (`npm run dev -- --host`, README "Set up").
export default defineConfig({
  base: "./",
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: "localhost" },
});
