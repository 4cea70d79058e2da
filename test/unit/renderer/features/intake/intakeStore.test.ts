// The intake store's saving: patches per field (null clears), one save per pause in typing,
// at once on flush, in order, kept in localStorage until the core confirms them and replayed
// after a reload; a transport failure keeps them for the next attempt.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fail, ok } from '../../../../../shared/api';
import type { IntakeFormPatch } from '../../../../../shared/api/intake';
import { fieldPatch, mergePatches, saveDelayMs, unsavedEdits, useIntakeStore } from '../../../../../renderer/src/stores/intake';
import { setApi, type ApiClient } from '../../../../../renderer/src/api/client';
import { installFakeApi } from '../../fakeApi';
import { baseView } from './fakeIntake';

let counter = 0;
const newCaseId = () => `00000000-0000-4000-8000-1${String(++counter).padStart(11, '0')}`;

function fakeCore(caseId: string, answer: (patch: IntakeFormPatch) => 'ok' | 'transport' | 'invalid' = () => 'ok') {
  let form = {};
  return installFakeApi({
    'intake.get': () => ({ ...baseView(caseId), form }),
    'intake.saveForm': (input) => {
      const { patch } = input as { patch: IntakeFormPatch };
      const verdict = answer(patch);
      if (verdict === 'transport') return fail(apiError('transport'));
      if (verdict === 'invalid') return fail(apiError('invalid_input'));
      form = { ...form, ...patch };
      return ok({ ...baseView(caseId), form });
    },
  });
}

const patches = (calls: { name: string; input: unknown }[]) =>
  calls.filter((c) => c.name === 'intake.saveForm').map((c) => (c.input as { patch: IntakeFormPatch }).patch);

describe('field patches', () => {
  it('sets one field by its path; empty, false and null clear it', () => {
    expect(fieldPatch('person.surname', 'Ким')).toEqual({ person: { surname: 'Ким' } });
    expect(fieldPatch('person.surname', '')).toEqual({ person: { surname: null } });
    expect(fieldPatch('checks.taxApplication', true)).toEqual({ checks: { taxApplication: true } });
    expect(fieldPatch('checks.taxApplication', false)).toEqual({ checks: { taxApplication: null } });
    expect(fieldPatch('presentedBy', 'representative')).toEqual({ presentedBy: 'representative' });
  });

  it('merges patches deeply, later values winning and clears kept', () => {
    const merged = [fieldPatch('person.surname', 'Ким'), fieldPatch('person.givenName', 'Виктор'), fieldPatch('person.surname', '')].reduce(mergePatches);
    expect(merged).toEqual({ person: { surname: null, givenName: 'Виктор' } });
  });
});

describe('saving as the officer types', () => {
  beforeEach(() => {
    useIntakeStore.setState({ entries: {}, loadErrors: {}, open: [] });
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('sends one patch per pause in typing, with the last value, and shows it at once', async () => {
    vi.useFakeTimers();
    const caseId = newCaseId();
    const { calls } = fakeCore(caseId);
    await useIntakeStore.getState().load(caseId);
    const { edit } = useIntakeStore.getState();
    edit(caseId, 'person.surname', 'Н');
    edit(caseId, 'person.surname', 'Нұ');
    edit(caseId, 'person.surname', 'Нұрланов');
    edit(caseId, 'person.givenName', 'Ерлан');
    expect(useIntakeStore.getState().entries[caseId]!.draft.person).toEqual({ surname: 'Нұрланов', givenName: 'Ерлан' });
    expect(useIntakeStore.getState().entries[caseId]!.save).toBe('saving');
    await vi.advanceTimersByTimeAsync(saveDelayMs - 50);
    expect(patches(calls)).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(patches(calls)).toEqual([{ person: { surname: 'Нұрланов', givenName: 'Ерлан' } }]);
    expect(useIntakeStore.getState().entries[caseId]!.save).toBe('saved');
    expect(unsavedEdits(caseId)).toEqual([]);
  });

  it('flush sends at once and waits for the answer', async () => {
    const caseId = newCaseId();
    const { calls } = fakeCore(caseId);
    await useIntakeStore.getState().load(caseId);
    useIntakeStore.getState().edit(caseId, 'application.address', 'Астана');
    await useIntakeStore.getState().flush(caseId);
    expect(patches(calls)).toEqual([{ application: { address: 'Астана' } }]);
    expect(useIntakeStore.getState().entries[caseId]!.view.form).toEqual({ application: { address: 'Астана' } });
  });

  it('keeps an edit while the session is being resumed, and sends it once signed in again', async () => {
    const caseId = newCaseId();
    let signedIn = false;
    const calls: IntakeFormPatch[] = [];
    installFakeApi({
      'intake.get': () => baseView(caseId),
      'intake.saveForm': (input) => {
        calls.push((input as { patch: IntakeFormPatch }).patch);
        return signedIn ? ok(baseView(caseId)) : fail(apiError('not_signed_in'));
      },
    });
    await useIntakeStore.getState().load(caseId);
    useIntakeStore.getState().edit(caseId, 'person.givenName', 'Ерлан');
    await useIntakeStore.getState().flush(caseId);
    expect(unsavedEdits(caseId)).toEqual([{ person: { givenName: 'Ерлан' } }]);
    signedIn = true;
    await useIntakeStore.getState().flush(caseId);
    expect(calls).toEqual([{ person: { givenName: 'Ерлан' } }, { person: { givenName: 'Ерлан' } }]);
    expect(unsavedEdits(caseId)).toEqual([]);
  });

  it('keeps an edit through a failed connection and sends it again; a refused edit is dropped', async () => {
    const caseId = newCaseId();
    let online = false;
    const { calls } = fakeCore(caseId, (patch) => (patch.registryNote ? 'invalid' : online ? 'ok' : 'transport'));
    await useIntakeStore.getState().load(caseId);
    useIntakeStore.getState().edit(caseId, 'person.surname', 'Ким');
    await useIntakeStore.getState().flush(caseId);
    expect(useIntakeStore.getState().entries[caseId]!.save).toBe('failed');
    expect(unsavedEdits(caseId)).toEqual([{ person: { surname: 'Ким' } }]);
    online = true;
    await useIntakeStore.getState().flush(caseId);
    expect(patches(calls)).toEqual([{ person: { surname: 'Ким' } }, { person: { surname: 'Ким' } }]);
    expect(unsavedEdits(caseId)).toEqual([]);
    useIntakeStore.getState().edit(caseId, 'registryNote', 'x'.repeat(10));
    await useIntakeStore.getState().flush(caseId);
    expect(useIntakeStore.getState().entries[caseId]!.error?.code).toBe('invalid_input');
    expect(unsavedEdits(caseId)).toEqual([]);
  });

  it('replays, after a reload, what was typed but never confirmed', async () => {
    const caseId = newCaseId();
    localStorage.setItem(
      'desk.intake.unsaved',
      JSON.stringify({ [caseId]: { 'person.givenName': { patch: { person: { givenName: 'Дәурен' } }, seq: 7 } } }),
    );
    const { calls } = fakeCore(caseId);
    await useIntakeStore.getState().load(caseId);
    expect(useIntakeStore.getState().entries[caseId]!.draft.person).toEqual({ givenName: 'Дәурен' });
    await useIntakeStore.getState().flush(caseId);
    expect(patches(calls)).toEqual([{ person: { givenName: 'Дәурен' } }]);
    expect(localStorage.getItem('desk.intake.unsaved')).toBeNull();
  });

  it('sends saves of one case one after another, in the order they were made, even if the first is slow', async () => {
    const caseId = newCaseId();
    const arrived: string[] = [];
    let calls = 0;
    const client: ApiClient = {
      async send(name, input) {
        if (name === 'intake.get') return ok(baseView(caseId)) as never;
        const delay = calls++ === 0 ? 60 : 0;
        await new Promise((r) => setTimeout(r, delay));
        arrived.push(JSON.stringify((input as { patch: unknown }).patch));
        return ok(baseView(caseId)) as never;
      },
      onStateChange: () => () => {},
    };
    setApi(client);
    await useIntakeStore.getState().load(caseId);
    const { edit, flush } = useIntakeStore.getState();
    edit(caseId, 'person.surname', 'A');
    const first = flush(caseId);
    edit(caseId, 'person.surname', 'B');
    const second = flush(caseId);
    await Promise.all([first, second]);
    expect(arrived).toEqual(['{"person":{"surname":"A"}}', '{"person":{"surname":"B"}}']);
  });
});
