// settings.*: the workstation's settings — its number in the office, the window number on the
// coupon, the second-copy stamp size, the office phone and head printed on outgoing documents.
// Everyone may read them; only administrators change them (audited).
import { z } from 'zod';
import { endpoint } from '../endpoint';
import { noInput } from './common';

export interface SettingsView {
  workstationId: string;
  workstationNo: number;
  windowNumber: string;
  stampLabel: { widthMm: number; heightMm: number };
  officePhone: string;
  keysDir: string | null;
  officeHead: { fullName: string; position: { kk: string; ru: string; en: string } };
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const settingsUpdateSchema = z
  .object({
    workstationNo: z.number().int().min(1).max(99),
    windowNumber: text(20),
    stampLabel: z.object({ widthMm: z.number().min(30).max(210), heightMm: z.number().min(20).max(297) }).strict(),
    officePhone: text(50),
    officeHead: z.object({ fullName: text(200), position: z.object({ kk: text(200), ru: text(200), en: text(200) }).strict() }).strict(),
  })
  .partial()
  .strict();

export const settingsContract = {
  'settings.get': endpoint<SettingsView>()({ input: noInput, access: 'signedIn', mutates: false }),
  'settings.update': endpoint<SettingsView>()({ input: settingsUpdateSchema, access: ['admin'], mutates: true }),
} as const;
