// The §5.1.c comparison table shared by the desk's registry step and the case materials: each
// field with the application's value, the registry's and the verdict; dates as DD.MM.YYYY,
// nothing as a dash, a mismatch in red; the desk's table roomier than the case materials' one.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RegistryComparisonRow } from '../../../../../shared/api/intake';
import { RegistryComparisonTable } from '../../../../../renderer/src/features/registry/RegistryComparisonTable';
import { useLocaleStore } from '../../../../../renderer/src/stores/locale';
import { renderWithTheme } from '../intake/renderIntake';

const rows: RegistryComparisonRow[] = [
  { field: 'name', label: { kk: 'Аты-жөні', ru: 'ФИО' }, application: 'Байжанова Іңкәр', registry: 'Байжанова Іңкәр', verdict: 'match' },
  { field: 'birthDate', label: { kk: 'Туған күні', ru: 'Дата рождения' }, application: '1990-04-12', registry: '1990-04-12', verdict: 'match' },
  { field: 'address', label: { kk: 'Мекенжайы', ru: 'Адрес' }, application: 'Астана', registry: 'Алматы', verdict: 'mismatch' },
  { field: 'registeredOn', label: { kk: 'Тіркелген күні', ru: 'Дата регистрации' }, application: null, registry: '2015-01-20', verdict: 'info' },
];

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('registry comparison table', () => {
  it('shows each field beside the registry with its verdict, in Kazakh', () => {
    useLocaleStore.setState({ locale: 'kk' });
    renderWithTheme(<RegistryComparisonTable rows={rows} testId="registry-table" />);
    const table = screen.getByTestId('registry-table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Деректер', 'Өтініште', 'Тізілімде', 'Нәтиже']);
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((r) => r.getAttribute('data-verdict'))).toEqual(['match', 'match', 'mismatch', 'info']);
    expect(cells(body[1]!)).toEqual(['Туған күні', '12.04.1990', '12.04.1990', 'Сәйкес']);
    expect(cells(body[2]!)).toEqual(['Мекенжайы', 'Астана', 'Алматы', 'Сәйкес емес']);
    expect(cells(body[3]!)).toEqual(['Тіркелген күні', '—', '20.01.2015', 'Анықтама үшін']);
    expect(body[2]!.getAttribute('style')).toContain('--mantine-color-red-0');
    expect(body[0]!.getAttribute('style') ?? '').not.toContain('red');
  });

  it('in Russian, and more compact in the case materials', () => {
    useLocaleStore.setState({ locale: 'ru' });
    const { container } = renderWithTheme(<RegistryComparisonTable rows={rows.slice(2, 3)} compact />);
    const table = container.querySelector('table')!;
    expect(table.getAttribute('data-testid')).toBeNull();
    expect(cells(within(table).getAllByRole('row')[1]!)).toEqual(['Адрес', 'Астана', 'Алматы', 'Не совпадает']);
    expect(table.getAttribute('style')).toContain('--table-vertical-spacing: calc(0.125rem');
    expect(within(table).getAllByRole('columnheader')[0]!.getAttribute('style')).toContain('28%');
  });
});
