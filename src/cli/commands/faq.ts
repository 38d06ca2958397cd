// PLACEHOLDER: `yibao faq` is being built (see the issues). Replace this file.
import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerFaq(_program: Command, _io: Io): void {}
