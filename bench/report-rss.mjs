// Preloaded into a benchmarked child process (node --import): reports its peak memory at exit.
process.on("exit", () => process.stderr.write(`max-rss-kib ${process.resourceUsage().maxRSS}\n`));
