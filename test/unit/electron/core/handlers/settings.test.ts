import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeThroughRegistration } from '../intake/intakeDriver';
import { call, expectOk, openTestCore, signedIn } from '../testCore';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('workstation settings', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await openTestCore();
  });
  afterEach(() => core.close());

  it('anyone reads them; the office head defaults to the office’s supervisor', async () => {
    const desk = await signedIn(core, 'frontDesk');
    expect(expectOk(await call(core, desk, 'settings.get', {}))).toMatchObject({
      workstationNo: 1,
      windowNumber: '1',
      stampLabel: { widthMm: 70, heightMm: 40 },
      officeHead: { fullName: 'Ахметова Гүлнар Маратқызы' },
    });
  });

  it('only an administrator changes them; the change applies at once and is audited', async () => {
    const desk = await signedIn(core, 'frontDesk');
    expect(await call(core, desk, 'settings.update', { windowNumber: '5' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = await signedIn(core, 'admin');
    const bad = await call(core, admin, 'settings.update', { stampLabel: { widthMm: 5, heightMm: 40 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const updated = expectOk(await call(core, admin, 'settings.update', { windowNumber: '5', workstationNo: 3, officeHead: { fullName: 'Сейітов Бақыт', position: { kk: 'Басшы', ru: 'Руководитель', en: 'Head' } } }));
    expect(updated).toMatchObject({ windowNumber: '5', workstationNo: 3, officeHead: { fullName: 'Сейітов Бақыт' } });
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'settings.update'").pluck().get()).toBe(1);
    // The renumbered workstation takes registration numbers from its own range at once.
    const view = await completeThroughRegistration(core, desk);
    expect(view.registration?.number).toBe('6205-2026-0300001');
  });
});
