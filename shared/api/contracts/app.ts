// app.* and audit.*: what the core is, and the audit chain check for heads and administrators.
import { endpoint } from '../endpoint';
import type { AppInfo, AuditChainView } from '../types';
import { noInput } from './common';

export const appContract = {
  'app.info': endpoint<AppInfo>()({ input: noInput, access: 'public', mutates: false }),
  'audit.verify': endpoint<AuditChainView>()({ input: noInput, access: ['supervisor', 'admin'], mutates: false }),
} as const;
