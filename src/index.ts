// The programmatic API: load a policy, explain a claim. (Filled in by the engine work.)
export { VERSION } from './version.js';
