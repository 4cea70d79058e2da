// Starting an application: the IIN/BIN checked live with the reason when wrong (the same
// validator as the core), the kind of number following the applicant type, a representative
// fixed for entities, and the core's field errors shown next to the field in the officer's language.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, fail } from '../../../../../shared/api';
import { identifierMessages, makeBin, makeIin } from '../../../../../shared/domain/identifiers';
import { checkTaxpayerId, localToday, taxpayerIdKind } from '../../../../../renderer/src/features/intake/taxpayerId';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { installFakeApi, officer } from '../../fakeApi';
import { installFakeIntake } from './fakeIntake';
import { renderFrame, resetStores } from './renderIntake';

const iin = makeIin({ birthDate: '1985-07-14', sex: 'male', serial: 1234 });
const bin = makeBin({ year: 2015, month: 6, type: 'residentLegalEntity', unit: 'headOffice', serial: 4321 });
const wrongCheckDigit = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);

describe('taxpayer id helpers', () => {
  it('asks for an IIN from individuals and entrepreneurs and a BIN from entities', () => {
    expect(taxpayerIdKind('individual')).toBe('iin');
    expect(taxpayerIdKind('individualEntrepreneur')).toBe('iin');
    expect(taxpayerIdKind('legalEntity')).toBe('bin');
    expect(taxpayerIdKind('foreignEntityEffectiveManagement')).toBe('bin');
    expect(checkTaxpayerId(bin, 'individual', '2026-03-02').ok).toBe(false);
    expect(checkTaxpayerId(bin, 'legalEntity', '2026-03-02').ok).toBe(true);
  });

  it('takes today as the workstation local date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('start an application', () => {
  beforeEach(() => resetStores('kk', { name: 'start' }));

  it('checks the IIN as it is typed: digits counted, the reason once it is wrong, the birth date once right', async () => {
    installFakeIntake();
    renderFrame();
    const user = userEvent.setup();
    expect(await screen.findByRole('radio', { name: 'Жеке тұлға' })).toHaveFocus();
    await user.tab();
    const input = screen.getByLabelText(/Салық төлеушінің ЖСН/);
    expect(input).toHaveFocus();
    await user.keyboard(wrongCheckDigit.slice(0, 5));
    expect(screen.getByText('5 / 12 цифр')).toBeInTheDocument();
    expect(screen.queryByTestId('taxpayer-id-reasons')).toBeNull();
    await user.keyboard(wrongCheckDigit.slice(5));
    expect(screen.getByTestId('taxpayer-id-reasons')).toHaveTextContent('ЖСН қате: бақылау (соңғы) цифры қалған цифрлармен сәйкес келмейді');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.keyboard('12ab');
    expect(screen.getByTestId('taxpayer-id-reasons')).toHaveTextContent('3-орында «a» таңбасы тұр');
    await user.clear(input);
    await user.keyboard(iin);
    expect(screen.getByText('ЖСН дұрыс (туған күні: 14.07.1985)')).toBeInTheDocument();
    expect(screen.queryByTestId('taxpayer-id-reasons')).toBeNull();
  });

  it('does not start with a wrong number, and says why in the officer language', async () => {
    const fake = installFakeIntake();
    resetStores('ru', { name: 'start' });
    renderFrame();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/ИИН налогоплательщика/), '123456789012{Enter}');
    expect(screen.getByTestId('taxpayer-id-reasons')).toHaveTextContent('ИИН');
    expect(fake.calls.some((c) => c.name === 'intake.start')).toBe(false);
  });

  it('asks a legal entity for a BIN, fixes the representative and starts with Russian forms', async () => {
    const fake = installFakeIntake();
    renderFrame();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Заңды тұлға' }));
    const input = screen.getByLabelText(/Салық төлеушінің БСН/);
    expect(screen.getByRole('radio', { name: 'Өтініш берушінің өзі' })).toBeDisabled();
    expect(screen.getByText('Заңды тұлғаның атынан оның өкілі өтініш береді')).toBeInTheDocument();
    await user.type(input, iin);
    expect(screen.getByTestId('taxpayer-id-reasons')).toHaveTextContent('БСН');
    await user.clear(input);
    await user.type(input, bin);
    expect(screen.getByText('БСН дұрыс (тіркелген кезеңі: 06.2015)')).toBeInTheDocument();
    await user.click(screen.getAllByText('Русский').at(-1)!);
    await user.click(screen.getByRole('button', { name: 'Қабылдауды бастау' }));
    await waitFor(() => expect(useNavigationStore.getState().screen).toMatchObject({ name: 'intake' }));
    expect(fake.calls.find((c) => c.name === 'intake.start')?.input).toEqual({
      applicantType: 'legalEntity',
      taxpayerId: bin,
      applicantLocale: 'ru',
      presentedBy: 'representative',
    });
    expect(await screen.findByTestId('intake-wizard')).toHaveAttribute('data-step', '5.1.a');
  });

  it('shows the core refusing the number next to the field, in the officer language', async () => {
    // E.g. the core's date differs from the workstation's around midnight.
    const issue = { path: ['taxpayerId'], message: identifierMessages.futureBirthDate({ birthDate: '1985-07-14', today: '1985-07-13' }, 'iin') };
    installFakeApi({
      'intake.listOpen': () => [],
      'intake.start': () => fail(apiError('invalid_input', { issues: [issue] })),
    });
    resetStores('ru', { name: 'start' });
    renderFrame();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/ИИН налогоплательщика/), `${iin}{Enter}`);
    expect(await screen.findByTestId('taxpayer-id-reasons')).toHaveTextContent('Дата рождения по ИИН — 14.07.1985 — ещё не наступила');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'start' });
  });

  it('shows other refusals of the core as an alert', async () => {
    installFakeApi({ 'intake.listOpen': () => [], 'intake.start': () => fail(apiError('no_numbers')) });
    renderFrame();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Салық төлеушінің ЖСН/), `${iin}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Тіркеу нөмірлері таусылды');
  });

  it('is reached from the queue with Alt+N by front-desk officers only', async () => {
    installFakeIntake();
    resetStores('kk', { name: 'queue' });
    const { unmount } = renderFrame();
    const user = userEvent.setup();
    await screen.findByTestId('new-intake');
    // With the Russian (or Kazakh) layout on, the same key gives «т»: the physical key counts.
    fireEvent.keyDown(document.body, { key: 'т', code: 'KeyN', altKey: true });
    expect(await screen.findByTestId('intake-start')).toBeInTheDocument();
    unmount();
    resetStores('kk', { name: 'queue' });
    renderFrame({ ...officer, role: 'processing' });
    await screen.findByRole('heading', { name: 'Өтініштер кезегі' });
    expect(screen.queryByTestId('new-intake')).toBeNull();
    await user.keyboard('{Alt>}n{/Alt}');
    expect(screen.queryByTestId('intake-start')).toBeNull();
  });
});
