// §5.1.e–f: the second-copy stamp and the coupon, made from the registered case in the
// applicant's language and read back from the PDF with pdftotext; then the intake summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeView } from '../../../../../shared/api/intake';
import type { Connection } from '../../../../../electron/core/context';
import { writeSetting } from '../../../../../electron/core/settings/settings';
import { pdfText, squash } from '../documents/pdfTools';
import { call, expectOk, openTestCore, signedIn } from '../testCore';
import { completeThroughRegistration, entity, individual } from './intakeDriver';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('intake printing', { timeout: 60_000 }, () => {
  let core: TestCore;
  let desk: Connection;
  beforeAll(async () => {
    core = await openTestCore();
    // The window number comes from the workstation settings (coupon field 7).
    writeSetting(core.db, 'windowNumber', 'W-17');
    core.deps.workstation.windowNumber = 'W-17';
    desk = await signedIn(core, 'frontDesk');
  });
  afterAll(() => core.close());

  async function pdfOf(view: IntakeView, kind: string): Promise<string> {
    const id = view.documents.find((d) => d.kind === kind)!.id;
    const file = expectOk(await call(core, desk, 'documents.get', { id }));
    return squash(pdfText(Buffer.from(file.pdfBase64, 'base64')));
  }

  it.each([
    ['kk', 'an individual', individual],
    ['ru', 'a legal entity', entity],
  ] as const)('in %s for %s: stamp and coupon carry every field, then the summary', async (locale, _label, taxpayer) => {
    let view = await completeThroughRegistration(core, desk, taxpayer, locale);
    const { caseId } = view;
    const number = view.registration!.number;
    expect(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.e' })).toMatchObject({ ok: false, error: { code: 'refused' } });

    view = expectOk(await call(core, desk, 'intake.printDocument', { caseId, kind: 'secondCopyStamp' }));
    const stamp = await pdfOf(view, 'secondCopyStamp');
    expect(stamp).toContain(squash(number));
    expect(stamp).toContain(squash('02.03.2026'));
    expect(stamp).toContain(squash('Нұрланова Ә. С.'));
    view = expectOk(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.e' }));

    view = expectOk(await call(core, desk, 'intake.printDocument', { caseId, kind: 'coupon' }));
    const coupon = await pdfOf(view, 'coupon');
    for (const value of [number, taxpayer.id, taxpayer.name, '02.03.2026', '17.03.2026', 'W-17', 'Нұрланова Әлия Серікқызы']) {
      expect(coupon, value).toContain(squash(value));
    }
    expect(coupon).toContain(squash(locale === 'kk' ? 'Салықтық өтінішті қабылдау туралы талон' : 'Талон о приеме налогового заявления'));
    expect(coupon).toContain(squash(locale === 'kk' ? '«терезенің» нөмірі' : 'Номер «окна»'));
    // printing again gives the same stored document
    const again = expectOk(await call(core, desk, 'intake.printDocument', { caseId, kind: 'coupon' }));
    expect(again.documents.filter((d) => d.kind === 'coupon')).toHaveLength(1);

    view = expectOk(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.f' }));
    expect(view.currentStep).toBeNull();
    expect(view.steps.every((s) => s.status === 'completed')).toBe(true);
    expect(view.totals.normSeconds).toBe(1200);
    expect(expectOk(await call(core, desk, 'intake.listOpen', {})).map((o) => o.caseId)).not.toContain(caseId);
  });

  it('prints the notice declining acceptance with the missing items', async () => {
    let view = expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'ru' }));
    const { caseId } = view;
    expect(await call(core, desk, 'intake.printDocument', { caseId, kind: 'coupon' })).toMatchObject({ ok: false, error: { code: 'refused' } });
    view = expectOk(
      await call(core, desk, 'intake.decline', { caseId, reasonCode: 'incomplete', note: 'Нет справки о днях пребывания', missingItems: ['residencyBasisDaysOfStay'] }),
    );
    view = expectOk(await call(core, desk, 'intake.printDocument', { caseId, kind: 'declineNotice' }));
    const notice = await pdfOf(view, 'declineNotice');
    expect(notice).toContain(squash('Нет справки о днях пребывания'));
    expect(notice).toContain(squash(individual.id));
    expect(notice.toLowerCase()).toContain(squash('пребывани'));
  });
});
