// IIN and BIN: validation with reasons in Kazakh and Russian, parsing, and valid-number makers.
export { checkDigit, firstPassWeights, secondPassWeights } from './checkDigit';
export { validateIin } from './iin';
export { validateBin } from './bin';
export { validateTaxpayerId, identifierIssues } from './taxpayerId';
export { makeIin, makeBin } from './generate';
export { messages as identifierMessages } from './messages';
export * from './types';
