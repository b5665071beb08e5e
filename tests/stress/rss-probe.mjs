// Preloaded into a `kg` child process (`node --import ./rss-probe.mjs bin/kg.js …`): prints
// its resident set size on stderr twice a second, interleaved with the command's own
// progress lines, so a test can tell how memory grows with the work done.
const timer = setInterval(() => process.stderr.write(`rss-probe: ${process.memoryUsage.rss()}\n`), 500);
timer.unref();
