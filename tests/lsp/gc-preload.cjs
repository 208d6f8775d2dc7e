// Preloaded into the server by the soak test (with --expose-gc): on SIGUSR2, three full GCs
// 300 ms apart (the later ones release the pages the first one's sweeping emptied), then
// `{ heapUsedMb, spaces }` appended as a line to the file named by SOAK_HEAP_LOG (`spaces`: MB
// used in each V8 heap space, e.g. old_space, code_space, large_object_space). So the RSS the
// test then reads shows what the server retains, not the garbage its last checks left. With
// SOAK_HEAP_SNAPSHOTS naming a folder, a heap snapshot is written there after each measure
// (for comparing what grew; it raises RSS, so the test's RSS figure is off then). Nothing
// runs until the signal: between measurements the server works exactly as the client
// launches it.
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
let measures = 0;
process.on('SIGUSR2', () => {
  let left = 3;
  const step = () => {
    if (global.gc) global.gc();
    if (--left > 0) return void setTimeout(step, 300);
    const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
    const spaces = {};
    for (const s of v8.getHeapSpaceStatistics()) if (s.space_used_size > 0) spaces[s.space_name] = +(s.space_used_size / 2 ** 20).toFixed(2);
    if (process.env.SOAK_HEAP_LOG) fs.appendFileSync(process.env.SOAK_HEAP_LOG, JSON.stringify({ heapUsedMb, spaces }) + '\n');
    const dir = process.env.SOAK_HEAP_SNAPSHOTS;
    if (dir) v8.writeHeapSnapshot(path.join(dir, `soak-${process.pid}-${measures}.heapsnapshot`));
    measures++;
  };
  step();
});
