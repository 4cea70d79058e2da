// The lifecycle states of a residency case, from intake at the desk (§5.1) through processing (§5.2)
// to issuance (§5.3) or an electronic answer (§9.3, §10–11), and which of them are final.

/**
 * `new` is the empty case before its first command (it is never stored): only `startIntake`
 * or `receiveElectronic` can create a case from it.
 */
export const caseStates = [
  'new',
  'intake',
  'declined',
  'registered',
  'inProcessing',
  'decisionDrafted',
  'awaitingApproval',
  'returnedForRework',
  'approved',
  'readyForIssue',
  'issued',
  'sentBack',
  'withdrawn',
] as const;
export type CaseState = (typeof caseStates)[number];

export const terminalStates: readonly CaseState[] = ['declined', 'issued', 'sentBack', 'withdrawn'];

/** A terminal case accepts no command at all; its record is only read, synced and archived. */
export function isTerminal(state: CaseState): boolean {
  return terminalStates.includes(state);
}

/** States in which the application carries an incoming number and a deadline (§5.1.d done). */
export const registeredStates: readonly CaseState[] = [
  'registered',
  'inProcessing',
  'decisionDrafted',
  'awaitingApproval',
  'returnedForRework',
  'approved',
  'readyForIssue',
  'issued',
  'sentBack',
];
