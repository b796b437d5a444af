#!/usr/bin/env node
// The `policy` command. This file is committed (not built) so that npm can link the binary on a
// fresh install before anything is built; the program itself is bundled into bundle/ by
// scripts/bundle.mjs, which is what lets it start fast.
import nodeModule from "node:module";

// Node 22.8 and later keep compiled code on disk between runs (in the system's temporary folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off). Node 20 has no such API: there this does nothing.
nodeModule.enableCompileCache?.();

const { main } = await import("../bundle/index.js");
await main();
