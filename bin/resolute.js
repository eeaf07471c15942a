#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx resolute` needs no build step (docs/decisions/001).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
