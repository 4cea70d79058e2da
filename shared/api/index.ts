// The api contract, results and errors: everything renderer and core agree on.
export * from './contract';
export * from './errors';
export * from './result';
export * from './types';
export * from './validation';
export * from './names';
export { hostChannels, type DeskBridge, type PrinterInfo, type PrintOutcome, type PrintRequest } from './bridge';
