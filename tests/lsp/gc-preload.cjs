// Preloaded into the server by the soak test with SOAK_GC=1: a full GC every 300 ms, so RSS shows retention, not garbage.
setInterval(() => global.gc && global.gc(), 300).unref();
