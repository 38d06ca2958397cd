// Tells one sourced value ({ value, source, quote, … }) from a map of them keyed by status or
// tier. Type-only use of the schema, so the engine, lint and `policy list`/`policy show` share
// it without loading zod.
import type { SourcedValue } from './schema.js';

export const isSourced = (v: unknown): v is SourcedValue => typeof v === 'object' && v !== null && Object.hasOwn(v, 'value');
