// The shipped migrations, in order. Append only: never edit or renumber a shipped one.
import type { Migration } from '../migration';
import { migration001 } from './001_foundation';
import { migration002 } from './002_cases';
import { migration003 } from './003_reference_data';

export const migrations: readonly Migration[] = [migration001, migration002, migration003];
