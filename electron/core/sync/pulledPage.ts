// A pulled page as the core applies it: the page's head and its changes as they came, except the
// taxpayers, which travel as rows of column values. A first download is a million taxpayers, read
// in the page reader thread and handed to the core by structured clone — rebuilding a keyed object
// per change there cost the core more than inserting it; small arrays clone at a third of the price.
import { pullResponseSchema, type Change, type PullResponse } from '../../../shared/sync/protocol';
import { taxpayerRow, type TaxpayerRow } from '../registry/registryCache';
import { parseAnswer, type Exchange } from './transport';

export type OtherChange = Exclude<Change, { type: 'taxpayer' }>;

export interface PulledPage extends Omit<PullResponse, 'changes'> {
  /** The changes other than taxpayers, in delivery order. */
  changes: OtherChange[];
  /** The taxpayer changes, in delivery order. */
  taxpayers: TaxpayerRow[];
  /** How many changes the page delivered, taxpayers included. */
  delivered: number;
}

export function pulledPage({ changes, ...head }: PullResponse): PulledPage {
  const others: OtherChange[] = [];
  const taxpayers: TaxpayerRow[] = [];
  for (const change of changes) {
    if (change.type === 'taxpayer') taxpayers.push(taxpayerRow(change.taxpayer));
    else others.push(change);
  }
  return { ...head, changes: others, taxpayers, delivered: changes.length };
}

/** Parses and validates a pull answer (transport.ts: nothing invalid gets through) into a page. */
export const parsePull = (exchange: Exchange): PulledPage => pulledPage(parseAnswer(exchange, pullResponseSchema, 'pull'));
