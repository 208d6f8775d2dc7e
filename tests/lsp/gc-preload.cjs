// Preloaded into the server by the soak test (with --expose-gc): on SIGUSR2, three full GCs
// 300 ms apart (the later ones release the pages the first one's sweeping emptied), then
// `{ heapUsedMb }` appended as a line to the file named by SOAK_HEAP_LOG. So the RSS the test
// then reads shows what the server retains, not the garbage its last checks left. Nothing
// runs until the signal: between measurements the server works exactly as the client
// launches it.
const fs = require('node:fs');
process.on('SIGUSR2', () => {
  let left = 3;
  const step = () => {
    if (global.gc) global.gc();
    if (--left > 0) return void setTimeout(step, 300);
    const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
    if (process.env.SOAK_HEAP_LOG) fs.appendFileSync(process.env.SOAK_HEAP_LOG, JSON.stringify({ heapUsedMb }) + '\n');
  };
  step();
});
