// A Node client of the web host's api socket (the renderer's own protocol: {id, name, input} →
// {id, result}), with the host's token and Origin: to sign in as an officer and call the core
// directly — for fast paths the screens under test do not cover, and to prove what the core
// refuses whatever the screen offers.
import WebSocket from 'ws';
import type { ApiInput, ApiName, ApiOutput, Result } from '../../../shared/api';
import type { RunningHost } from './webHost';

export interface DeskSocket {
  call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<Result<ApiOutput<N>>>;
  close(): void;
}

export async function openDeskSocket(host: RunningHost): Promise<DeskSocket> {
  const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/api?token=${host.token}`, { origin: host.origin });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { id: number; result: Result<unknown> };
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  return {
    call: (name, input) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve as (result: Result<unknown>) => void);
        ws.send(JSON.stringify({ id, name, input }));
      }),
    close: () => ws.close(),
  };
}

/** A socket with a demo officer signed in (password demo1234). */
export async function signedInSocket(host: RunningHost, login: string): Promise<DeskSocket> {
  const socket = await openDeskSocket(host);
  const result = await socket.call('session.signIn', { login, password: 'demo1234' });
  if (!result.ok) throw new Error(`sign-in of ${login} failed: ${result.error.code}`);
  return socket;
}

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message.ru}`);
  return result.value;
}

/** The person at the desk in the fast intake path (as the intake screens would record them). */
export const deskPerson = {
  presentedBy: 'applicant' as const,
  person: { surname: 'Серікбаев', givenName: 'Арман', patronymic: 'Жанұлы' },
  identityDocument: { type: 'idCard' as const, number: '051234567', issuer: 'ҚР ІІМ', issuedOn: '2021-06-01', expiresOn: '2031-05-31' },
};

/**
 * §5.1.a–f through the core for an individual applying in person: identity, completeness,
 * registry match, registration, the second copy's stamp and the coupon. The intake screens are
 * tested in intake.e2e.ts; here they are only the way cases come in. Returns the case id and its
 * registration number.
 */
export async function registerInPerson(
  socket: DeskSocket,
  taxpayer: { id: string; name: string; address: string },
  application: { foreignState?: string; period?: string } = {},
): Promise<{ caseId: string; number: string }> {
  let view = expectOk(await socket.call('intake.start', { applicantType: 'individual', taxpayerId: taxpayer.id, applicantLocale: 'kk' }));
  const caseId = view.caseId;
  view = expectOk(await socket.call('intake.saveForm', { caseId, patch: { ...deskPerson, application: { taxpayerName: taxpayer.name, address: taxpayer.address, ...application } } }));
  const ticks = (items: { id: string }[]) => Object.fromEntries(items.map((i) => [i.id, true]));
  view = expectOk(await socket.call('intake.saveForm', { caseId, patch: { checks: ticks(view.checklists.identity) } }));
  view = expectOk(await socket.call('intake.completeStep', { caseId, step: '5.1.a' }));
  view = expectOk(await socket.call('intake.saveForm', { caseId, patch: { checks: ticks(view.checklists.completeness) } }));
  expectOk(await socket.call('intake.completeStep', { caseId, step: '5.1.b' }));
  expectOk(await socket.call('intake.recordRegistryCheck', { caseId, result: 'match' }));
  expectOk(await socket.call('intake.completeStep', { caseId, step: '5.1.c' }));
  const registered = expectOk(await socket.call('intake.register', { caseId }));
  // §5.1.e–f: the stamp for the second copy and the coupon, made and the steps completed.
  for (const [kind, step] of [
    ['secondCopyStamp', '5.1.e'],
    ['coupon', '5.1.f'],
  ] as const) {
    expectOk(await socket.call('intake.printDocument', { caseId, kind }));
    expectOk(await socket.call('intake.completeStep', { caseId, step }));
  }
  return { caseId, number: registered.registration!.number };
}
