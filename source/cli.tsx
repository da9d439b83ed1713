#!/usr/bin/env node
// React checks NODE_ENV when it is first imported: unset, it runs in
// development mode, which about doubles the time from a key to the next
// frame. So it is set before anything else is loaded, and the program
// proper (run-cli.tsx) is imported only then.
process.env['NODE_ENV'] ??= 'production';

await import('./run-cli.js');
