// The shape of a store migration: numbered, named, append-only; `up` runs inside the
// start-up transaction together with every other pending migration.
import type { Db } from './database';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
