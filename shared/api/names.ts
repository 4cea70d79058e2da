// The contract's names without zod: what the sandboxed preload may forward and no more.
// A test keeps this list equal to the contract's keys.
export const apiNames = [
  'app.info',
  'session.signIn',
  'session.resume',
  'session.signOut',
  'session.current',
  'cases.list',
  'audit.verify',
] as const;

export const ipcChannel = (name: string): string => `api:${name}`;
