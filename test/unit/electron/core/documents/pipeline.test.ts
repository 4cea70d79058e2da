// The pipeline's boundary: template data is checked with zod, and bad data is refused with
// field-level kk/ru messages before anything is rendered; good data becomes a canonical snapshot.
import { beforeAll, describe, expect, it } from 'vitest';
import { DeskError, type FieldIssue } from '../../../../../shared/api';
import { renderDocument, snapshotOf } from '../../../../../electron/core/documents/pipeline';
import type { DocumentRenderer } from '../../../../../electron/core/documents/renderer';
import { canonicalJson, sha256Hex } from '../../../../../electron/core/documents/snapshot';
import { documentSchemas } from '../../../../../electron/core/documents/schemas';
import { templateMeta } from '../../../../../electron/core/documents/templates/meta';
import type { DocumentKind } from '../../../../../electron/core/documents/types';
import { documentKinds } from '../../../../../shared/api/contracts/documents';
import { fixtures } from './fixtures';
import { testRenderer } from './renderer';

function issuesOf(fn: () => unknown): FieldIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).code).toBe('invalid_input');
    return ((error as DeskError).details as { issues: FieldIssue[] }).issues;
  }
  throw new Error('expected invalid_input');
}

describe('document pipeline', () => {
  let renderer: DocumentRenderer;
  beforeAll(async () => {
    renderer = await testRenderer();
  });

  it('has a schema, a template and a version for every kind the api names', () => {
    expect(Object.keys(documentSchemas).sort()).toEqual([...documentKinds].sort());
    expect(Object.keys(templateMeta).sort()).toEqual([...documentKinds].sort());
    for (const kind of documentKinds) expect(documentSchemas[kind].safeParse(fixtures[kind as DocumentKind]('kk')).success, kind).toBe(true);
  });

  it('refuses bad data field by field, in Kazakh and Russian, under "data"', () => {
    const bad = { ...fixtures.coupon('kk'), taxpayer: { name: '', taxpayerId: '12345' }, deadline: '2026-02-30', extra: 1 };
    const issues = issuesOf(() => snapshotOf('coupon', bad));
    const at = (path: string) => issues.find((i) => i.path.join('.') === path)?.message;
    expect(at('data.taxpayer.name')).toEqual({ kk: 'Міндетті өріс', ru: 'Обязательное поле' });
    expect(at('data.taxpayer.taxpayerId')).toEqual({ kk: 'ЖСН/БСН 12 цифрдан тұруы керек', ru: 'ИИН/БИН должен состоять из 12 цифр' });
    expect(at('data.deadline')?.ru).toBe('Дата должна быть реальной датой в формате ГГГГ-ММ-ДД');
    expect(at('data')?.ru).toContain('extra');
  });

  it('refuses a registration number the QR payload could not carry, and a reversed period', () => {
    expect(issuesOf(() => snapshotOf('refusal', { ...fixtures.refusal('ru'), registrationNumber: '12|34' }))[0]?.path).toEqual(['data', 'registrationNumber']);
    const reversed = { ...fixtures.residencyCertificate('ru'), period: { kind: 'range', from: '2025-12-31', to: '2025-01-01' } };
    expect(issuesOf(() => snapshotOf('residencyCertificate', reversed))[0]?.message.kk).toBe('Кезеңнің соңы басынан ерте');
    expect(issuesOf(() => snapshotOf('journal', { ...fixtures.journal('ru'), locale: 'en' }))[0]?.path).toEqual(['data', 'locale']);
  });

  it('rejects before rendering, as a rejected promise', async () => {
    let rendered = false;
    const spy: DocumentRenderer = { ...renderer, render: async () => ((rendered = true), Buffer.alloc(0)) };
    await expect(renderDocument(spy, 'declineNotice', { ...fixtures.declineNotice('ru'), missing: [] })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(rendered).toBe(false);
  });

  it('snapshots the validated data as canonical JSON and hashes data and PDF', async () => {
    const rendered = await renderDocument(renderer, 'secondCopyStamp', { ...fixtures.secondCopyStamp('ru'), officerShortName: '  Нұрланова Ә. С. ' });
    expect(rendered.data.officerShortName).toBe('Нұрланова Ә. С.');
    expect(rendered.dataJson).toBe(canonicalJson(rendered.data));
    expect(rendered.dataJson.startsWith('{"date":"2026-03-02","label":{"heightMm":40,"widthMm":70},"locale":"ru"')).toBe(true);
    expect(rendered.dataSha256).toBe(sha256Hex(rendered.dataJson));
    expect(rendered.pdfSha256).toBe(sha256Hex(rendered.pdf));
    expect(rendered).toMatchObject({ template: 'secondCopyStamp', templateVersion: 1, locale: 'ru' });
  });
});
