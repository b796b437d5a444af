#!/usr/bin/env node
// The `policy` command. This file is committed (not built) so that npm can link the binary on a
// fresh install before anything is built; the program itself is in dist/.
import { main } from "../dist/main.js";

await main();
