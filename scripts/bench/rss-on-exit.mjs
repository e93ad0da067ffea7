// Preloaded into a measured process (node --import): prints its wall time and peak RSS to stderr on exit.
const t0 = performance.now();
process.on("exit", () => {
  process.stderr.write(
    `\n@@bench ${JSON.stringify({ ms: Math.round(performance.now() - t0), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
});
