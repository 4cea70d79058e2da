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
  'documents.get',
  'documents.list',
  'documents.print',
  'documents.preview',
  'intake.start',
  'intake.get',
  'intake.listOpen',
  'intake.saveForm',
  'intake.timer',
  'intake.completeStep',
  'intake.recordRegistryCheck',
  'intake.register',
  'intake.decline',
  'intake.printDocument',
] as const;

export const ipcChannel = (name: string): string => `api:${name}`;
