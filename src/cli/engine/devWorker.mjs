// In a checkout, the engine worker runs the TypeScript sources through tsx, as bin/eventflow.js
// does for the CLI; the package's bundle serves the engine from its own file instead.
import { register } from 'tsx/esm/api';

register();
await import('../bin.ts');
