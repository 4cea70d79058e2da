// The administrator's workstation settings and the audit log check: only administrators find the
// settings (a stale settings screen falls back to the queue for anyone else), heads find the audit
// log; the form checks each field as the core's schema does, with the messages in kk and ru; only
// what changed is sent (a changed group whole, texts trimmed); the saved confirmation names what
// was saved; the core's refusals show in the officer's language, at the field when they name one.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fail, ok, type AuditChainView, type OfficerView } from '../../../../../shared/api';
import type { SettingsView } from '../../../../../shared/api/contracts/settings';
import { settingsFieldId, type SettingsField } from '../../../../../renderer/src/features/admin/settingsForm';
import { useLocaleStore } from '../../../../../renderer/src/stores/locale';
import type { Screen } from '../../../../../renderer/src/stores/navigation';
import { deskOfficer, headOfficer, installFakeProcessing, processingOfficer } from '../processing/fakeProcessing';
import { openScreen } from '../processing/renderProcessing';

const adminOfficer: OfficerView = { ...deskOfficer, id: 4, login: 'admin', fullName: 'Омаров Данияр Асқарұлы', shortName: 'Омаров Д. А.', role: 'admin' };

const savedSettings = (): SettingsView => ({
  workstationId: '5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3',
  workstationNo: 1,
  windowNumber: '1',
  stampLabel: { widthMm: 70, heightMm: 40 },
  officePhone: '8 (7172) 00-00-00',
  keysDir: null,
  officeHead: { fullName: 'Ахметова Гүлнар Маратқызы', position: { kk: 'Басқарма басшысы', ru: 'Руководитель управления', en: 'Head of Office' } },
});

type Handlers = NonNullable<Parameters<typeof installFakeProcessing>[0]>['handlers'];

/** The frame on the given screen with a core that keeps the settings and merges what it is sent. */
function open(officer: OfficerView, screenShown: Screen = { name: 'settings' }, locale: 'kk' | 'ru' = 'kk', handlers: Handlers = {}) {
  let settings = savedSettings();
  const fake = installFakeProcessing({
    actor: officer,
    rows: [],
    handlers: {
      'settings.get': () => settings,
      'settings.update': (change: Partial<SettingsView>) => (settings = { ...settings, ...change }),
      ...handlers,
    },
  });
  const { unmount } = openScreen(officer, screenShown, locale);
  return { ...fake, settings: () => settings, unmount };
}

const input = (field: SettingsField) => document.getElementById(settingsFieldId(field)) as HTMLInputElement;
/** The message Mantine shows under a field, or null. */
const errorAt = (field: SettingsField) => document.getElementById(`${settingsFieldId(field)}-error`)?.textContent ?? null;

async function retype(user: ReturnType<typeof userEvent.setup>, field: SettingsField, text: string) {
  await user.clear(input(field));
  if (text) await user.type(input(field), text);
}

const navIds = () => ['nav-queue', 'nav-journal', 'nav-audit', 'nav-settings'].filter((id) => screen.queryByTestId(id) !== null);

describe('settings: who finds them', () => {
  it('administrators find the settings, heads the audit log, others neither', async () => {
    const cases: [OfficerView, string[]][] = [
      [deskOfficer, ['nav-queue', 'nav-journal']],
      [processingOfficer, ['nav-queue']],
      [headOfficer, ['nav-queue', 'nav-journal', 'nav-audit']],
      [adminOfficer, ['nav-queue', 'nav-journal', 'nav-settings']],
    ];
    for (const [officer, expected] of cases) {
      const { unmount } = open(officer, { name: 'queue' });
      await screen.findByTestId('nav-queue');
      expect(navIds(), officer.role).toEqual(expected);
      unmount();
    }
  });

  it('a front-desk officer left on the settings screen by an administrator sees the queue, and nothing is read', async () => {
    const { callsOf } = open(deskOfficer, { name: 'settings' });
    await screen.findByTestId('queue-empty');
    expect(screen.queryByTestId('settings-screen')).toBeNull();
    expect(callsOf('settings.get')).toEqual([]);
  });

  it('a head left on the settings screen sees the queue too; the audit screen opens from the navigation', async () => {
    open(headOfficer, { name: 'settings' });
    await screen.findByTestId('processing-queue');
    expect(screen.queryByTestId('settings-screen')).toBeNull();
    await userEvent.setup().click(screen.getByTestId('nav-audit'));
    expect(await screen.findByTestId('audit-screen')).toHaveTextContent('Аудит журналының тұтастығы');
  });

  it('the administrator opens the settings from the navigation, filled from the core', async () => {
    open(adminOfficer, { name: 'queue' });
    await userEvent.setup().click(await screen.findByTestId('nav-settings'));
    await screen.findByTestId('settings-form');
    expect(input('workstationNo')).toHaveValue('1');
    expect(input('windowNumber')).toHaveValue('1');
    expect(input('stampLabel.widthMm')).toHaveValue('70');
    expect(input('stampLabel.heightMm')).toHaveValue('40');
    expect(input('officePhone')).toHaveValue('8 (7172) 00-00-00');
    expect(input('officeHead.fullName')).toHaveValue('Ахметова Гүлнар Маратқызы');
    expect(input('officeHead.position.en')).toHaveValue('Head of Office');
    expect(screen.getByTestId('settings-form')).toHaveTextContent('5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3');
    expect(screen.getByTestId('settings-form')).toHaveTextContent('Көрсетілмеген');
    expect(screen.getByTestId('settings-save')).toBeDisabled();
    expect(screen.getByTestId('settings-unchanged')).toHaveTextContent('Өзгерістер жоқ');
  });
});

describe('settings: checked as the core checks them', () => {
  it('says what is wrong with each field in Kazakh once it is left, and sends nothing while anything is', async () => {
    const { callsOf } = open(adminOfficer);
    const user = userEvent.setup();
    await screen.findByTestId('settings-form');

    await retype(user, 'windowNumber', '');
    expect(errorAt('windowNumber')).toBeNull(); // not while typing
    await user.tab();
    expect(errorAt('windowNumber')).toBe('Міндетті өріс');

    await retype(user, 'workstationNo', '150');
    await user.tab();
    expect(errorAt('workstationNo')).toBe('Тым үлкен: ең көбі 99');

    await retype(user, 'stampLabel.widthMm', '5');
    await user.tab();
    expect(errorAt('stampLabel.widthMm')).toBe('Тым кіші: кемінде 30');

    await retype(user, 'officeHead.position.en', '   ');
    await user.tab();
    expect(errorAt('officeHead.position.en')).toBe('Міндетті өріс');
    // The other fields of a changed group are checked too, and are fine.
    expect(errorAt('officeHead.fullName')).toBeNull();

    await user.click(screen.getByTestId('settings-save'));
    expect(screen.getByTestId('settings-invalid')).toHaveTextContent('Белгіленген өрістерді түзетіңіз.');
    expect(document.activeElement).toBe(input('workstationNo'));
    expect(input('workstationNo')).toHaveAttribute('aria-invalid', 'true');
    expect(callsOf('settings.update')).toEqual([]);

    // Fixed, the messages go as the officer types.
    await retype(user, 'workstationNo', '12');
    expect(errorAt('workstationNo')).toBeNull();
  });

  it('in Russian, and switching the language turns the messages over', async () => {
    const { callsOf } = open(adminOfficer, { name: 'settings' }, 'ru');
    const user = userEvent.setup();
    await screen.findByTestId('settings-form');
    await retype(user, 'workstationNo', '0');
    await retype(user, 'stampLabel.heightMm', '300');
    await retype(user, 'officePhone', '');
    await user.keyboard('{Enter}');
    expect(errorAt('workstationNo')).toBe('Слишком мало: не менее 1');
    expect(errorAt('stampLabel.heightMm')).toBe('Слишком много: не более 297');
    expect(errorAt('officePhone')).toBe('Обязательное поле');
    expect(screen.getByTestId('settings-invalid')).toHaveTextContent('Исправьте отмеченные поля.');
    expect(callsOf('settings.update')).toEqual([]);

    act(() => useLocaleStore.setState({ locale: 'kk' }));
    expect(errorAt('workstationNo')).toBe('Тым кіші: кемінде 1');
    expect(errorAt('officePhone')).toBe('Міндетті өріс');
  });

  it('the workstation number takes whole numbers only; the stamp sizes take tenths of a millimetre', async () => {
    const { callsOf } = open(adminOfficer);
    const user = userEvent.setup();
    await screen.findByTestId('settings-form');
    await retype(user, 'workstationNo', '3.5');
    expect(input('workstationNo')).toHaveValue('35');
    await retype(user, 'stampLabel.widthMm', '72.55');
    expect(input('stampLabel.widthMm')).toHaveValue('72.5');
    await user.keyboard('{Enter}');
    await screen.findByTestId('settings-saved');
    expect(callsOf('settings.update')).toEqual([{ workstationNo: 35, stampLabel: { widthMm: 72.5, heightMm: 40 } }]);
  });
});

describe('settings: only what changed is saved', () => {
  it('sends the changed field alone, trimmed; confirms what was saved; the form is then unchanged', async () => {
    const { callsOf, settings } = open(adminOfficer);
    const user = userEvent.setup();
    await screen.findByTestId('settings-form');
    await retype(user, 'windowNumber', '  12-А ');
    expect(screen.getByTestId('settings-save')).toBeEnabled();
    await user.keyboard('{Enter}');

    expect(await screen.findByTestId('settings-saved')).toHaveTextContent('Баптаулар сақталды: «Терезенің» нөмірі.');
    expect(callsOf('settings.update')).toEqual([{ windowNumber: '12-А' }]);
    expect(settings().windowNumber).toBe('12-А');
    expect(input('windowNumber')).toHaveValue('12-А');
    expect(screen.getByTestId('settings-save')).toBeDisabled();
  });

  it('a changed group goes whole: the head with all positions, the stamp label with both sizes', async () => {
    const { callsOf } = open(adminOfficer, { name: 'settings' }, 'ru');
    const user = userEvent.setup();
    await screen.findByTestId('settings-form');
    await retype(user, 'officeHead.position.ru', 'Руководитель УГД по району Есиль');
    await retype(user, 'stampLabel.heightMm', '45.5');
    await user.click(screen.getByTestId('settings-save'));

    expect(await screen.findByTestId('settings-saved')).toHaveTextContent(
      'Настройки сохранены: Наклейка регистрационного штампа для второго экземпляра, Руководитель, подписывающий исходящие документы.',
    );
    expect(callsOf('settings.update')).toEqual([
      {
        stampLabel: { widthMm: 70, heightMm: 45.5 },
        officeHead: { fullName: 'Ахметова Гүлнар Маратқызы', position: { kk: 'Басқарма басшысы', ru: 'Руководитель УГД по району Есиль', en: 'Head of Office' } },
      },
    ]);
  });

  it('spaces alone, or a value typed back, change nothing; "undo" restores the saved values', async () => {
    const { callsOf } = open(adminOfficer);
    const user = userEvent.setup();
    await screen.findByTestId('settings-form');
    await user.type(input('officePhone'), '  ');
    await retype(user, 'workstationNo', '7');
    await retype(user, 'workstationNo', '1');
    expect(screen.getByTestId('settings-form')).toHaveAttribute('data-dirty', 'false');
    expect(screen.getByTestId('settings-save')).toBeDisabled();
    await user.keyboard('{Enter}');

    await retype(user, 'windowNumber', '9');
    await retype(user, 'stampLabel.widthMm', '');
    await user.tab();
    expect(errorAt('stampLabel.widthMm')).toBe('Міндетті өріс');
    await user.click(screen.getByTestId('settings-revert'));
    expect(input('windowNumber')).toHaveValue('1');
    expect(input('stampLabel.widthMm')).toHaveValue('70');
    expect(errorAt('stampLabel.widthMm')).toBeNull();
    expect(screen.getByTestId('settings-save')).toBeDisabled();
    expect(callsOf('settings.update')).toEqual([]);
  });

  it('the core’s complaint about a field shows at the field, in the officer’s language', async () => {
    const issue = { path: ['windowNumber'], message: { kk: 'Бұл терезе нөмірі басқа жұмыс орнында бар', ru: 'Этот номер окна уже у другого рабочего места' } };
    open(adminOfficer, { name: 'settings' }, 'ru', { 'settings.update': () => fail(apiError('invalid_input', { issues: [issue] })) });
    const user = userEvent.setup();
    await screen.findByTestId('settings-form');
    await retype(user, 'windowNumber', '3');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(errorAt('windowNumber')).toBe('Этот номер окна уже у другого рабочего места'));
    expect(screen.getByRole('alert')).toHaveTextContent('Введены неверные данные. Проверьте отмеченные поля.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Этот номер окна');
    expect(document.activeElement).toBe(input('windowNumber'));
    expect(screen.queryByTestId('settings-saved')).toBeNull();
    // Typing again clears the core's answer.
    await user.type(input('windowNumber'), '4');
    expect(errorAt('windowNumber')).toBeNull();
  });

  it('a refusal shows in Kazakh or Russian, and the typed values stay', async () => {
    open(adminOfficer, { name: 'settings' }, 'kk', { 'settings.update': () => fail(apiError('forbidden')) });
    const user = userEvent.setup();
    await screen.findByTestId('settings-form');
    await retype(user, 'officePhone', '8 (7172) 55-12-40');
    await user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-error-code', 'forbidden');
    expect(alert).toHaveTextContent('Бұл әрекетке сіздің рөліңіздің құқығы жоқ.');
    act(() => useLocaleStore.setState({ locale: 'ru' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ваша роль не даёт права на это действие.');
    expect(input('officePhone')).toHaveValue('8 (7172) 55-12-40');
  });

  it('settings that cannot be read say why and are read again on request', async () => {
    let failing = true;
    open(adminOfficer, { name: 'settings' }, 'ru', {
      'settings.get': () => (failing ? fail(apiError('internal')) : savedSettings()),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Внутренняя ошибка. Действие не выполнено, данные не изменены.');
    failing = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Повторить' }));
    await screen.findByTestId('settings-form');
    expect(input('windowNumber')).toHaveValue('1');
  });
});

// The chain view has an `ok` of its own: the fake api would take it for a result, so it is wrapped.
describe('audit log check', () => {
  const verify = async () => {
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('audit-verify'));
    return screen.findByTestId('audit-result');
  };

  it('a head: intact, with the number of entries checked (Russian)', async () => {
    const view: AuditChainView = { ok: true, entries: 42, brokenAt: null, reason: null };
    const { callsOf } = open(headOfficer, { name: 'audit' }, 'ru', { 'audit.verify': () => ok(view) });
    expect(await screen.findByTestId('audit-not-checked')).toHaveTextContent('Проверка ещё не проводилась');
    const result = await verify();
    expect(result).toHaveAttribute('data-intact', 'true');
    expect(result).toHaveTextContent('Целостность не нарушена');
    expect(within(result).getByTestId('audit-entries')).toHaveTextContent('Проверено записей: 42');
    expect(within(result).queryByTestId('audit-reason')).toBeNull();
    expect(callsOf('audit.verify')).toEqual([{}]);
  });

  it('an administrator, on the settings screen: broken at entry N, and why (Kazakh)', async () => {
    open(adminOfficer, { name: 'settings' }, 'kk', { 'audit.verify': () => ok({ ok: false, entries: 6, brokenAt: 7, reason: 'hash_mismatch' }) });
    const result = await verify();
    expect(result).toHaveAttribute('data-intact', 'false');
    expect(result).toHaveAttribute('role', 'alert');
    expect(result).toHaveTextContent('Тұтастығы № 7 жазбада бұзылған');
    expect(within(result).getByTestId('audit-reason')).toHaveTextContent('Себебі: жазбаның мазмұны өзгертілген (хэш сәйкес келмейді)');
    expect(within(result).getByTestId('audit-entries')).toHaveTextContent('Тексерілген жазбалар: 6');
  });

  it('each reason the core gives reads in Russian; one it does not know shows as it came', async () => {
    const reasons: [string, string][] = [
      ['link_mismatch', 'Причина: запись не связана с предыдущей (цепочка разорвана)'],
      ['gap', 'Причина: запись отсутствует (нумерация прервана)'],
      ['head_mismatch', 'Причина: конец журнала не совпадает с сохранённым значением (последние записи удалены или изменены)'],
      ['something_new', 'Причина: something_new'],
    ];
    let next = 0;
    open(headOfficer, { name: 'audit' }, 'ru', { 'audit.verify': () => ok({ ok: false, entries: 3, brokenAt: 4, reason: reasons[next]![0] }) });
    const user = userEvent.setup();
    for (const [, text] of reasons) {
      await user.click(await screen.findByTestId('audit-verify'));
      await waitFor(() => expect(screen.getByTestId('audit-reason')).toHaveTextContent(text));
      expect(screen.getByTestId('audit-result')).toHaveTextContent('Целостность нарушена на записи № 4');
      next++;
    }
  });

  it('a refused check says so in the officer’s language', async () => {
    open(headOfficer, { name: 'audit' }, 'kk', { 'audit.verify': () => fail(apiError('forbidden')) });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('audit-verify'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Бұл әрекетке сіздің рөліңіздің құқығы жоқ.');
    expect(screen.queryByTestId('audit-result')).toBeNull();
  });
});
