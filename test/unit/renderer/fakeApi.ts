// A scripted api client for renderer tests: answers by handler name, records every call.
import { apiError, fail, ok, type ApiName, type ApiOutput, type Result } from '../../../shared/api';
import { setApi, type ApiClient } from '../../../renderer/src/api/client';

type Responder = { [N in ApiName]?: (input: unknown) => Result<ApiOutput<N>> | ApiOutput<N> };

export function installFakeApi(responders: Responder) {
  const calls: { name: ApiName; input: unknown }[] = [];
  const client: ApiClient = {
    async send(name, input) {
      calls.push({ name, input });
      const responder = responders[name] as ((input: unknown) => unknown) | undefined;
      if (!responder) return fail(apiError('unknown_method', { name }, { name })) as never;
      const answer = responder(input);
      const isResult = typeof answer === 'object' && answer !== null && 'ok' in answer;
      return (isResult ? answer : ok(answer)) as never;
    },
    onStateChange(listener) {
      listener('open');
      return () => {};
    },
  };
  setApi(client);
  return { calls };
}

export const officer = {
  id: 1,
  login: 'frontdesk',
  fullName: 'Нұрланова Әлия Серікқызы',
  shortName: 'Нұрланова Ә. С.',
  role: 'frontDesk' as const,
  office: { code: '6205', name: { kk: 'Есіл МКБ', ru: 'УГД Есиль' }, department: { kk: 'Астана МКД', ru: 'ДГД Астаны' } },
};

export const appInfo = { name: 'Residency Desk', version: '0.1.0', schemaVersion: 2, host: 'test' as const, demo: true, demoPassword: 'demo1234', demoKeyPassword: 'Test-1234' };
