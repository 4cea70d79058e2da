// The shipped migrations, in order. Append only: never edit or renumber a shipped one.
import type { Migration } from '../migration';
import { migration001 } from './001_foundation';
import { migration002 } from './002_cases';
import { migration003 } from './003_reference_data';
import { migration004 } from './004_documents';
import { migration005 } from './005_intake';
import { migration006 } from './006_registry_cache';
import { migration007 } from './007_outbox';
import { migration008 } from './008_sync';
import { migration009 } from './009_processing';
import { migration010 } from './010_registry_bulk_load';
import { migration011 } from './011_registry_index_after_load';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011];
