// Preloaded into a benchmarked process (node --require): on exit, writes the process's peak
// resident memory (KB, from process.resourceUsage) to the file named by BENCH_RSS_FILE.
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
