#!/usr/bin/env node
// The `switchyard` command. A committed file (not dist/bin.js itself), so package managers can link
// the command before the package is built.
import '../dist/bin.js';
