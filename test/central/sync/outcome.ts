// What processing one mutation comes to, before it is recorded and answered.
import type { Localized } from '../../../shared/domain/text';
import { centralReasons, type CentralReason } from '../reasons';

export type Outcome = { status: 'applied'; serverPos?: number } | { status: 'rejected'; code: string; message: Localized };

export const rejected = (code: CentralReason): Outcome => ({ status: 'rejected', code, message: centralReasons[code] });
