// documents.* handlers: a stored document with its PDF, a case's documents, the print log
// (every print is audited), and previews rendered from posted data without storing anything.
// Documents stay within the office of the officer who made them.
import { DeskError } from '../../../shared/api';
import type { HandlerContext, HandlerMap } from '../context';
import { renderDocument } from '../documents/pipeline';
import { documentOffice, documentView, getDocument, listDocuments, recordPrint } from '../documents/store';

/** A document of another office is answered as missing, so its existence does not leak. */
function ensureInOffice(ctx: HandlerContext, id: string): void {
  if (documentOffice(ctx.db, id) !== ctx.actor().officeId) throw new DeskError('not_found', { id });
}

export const documentHandlers: HandlerMap<'documents.get' | 'documents.list' | 'documents.print' | 'documents.preview'> = {
  async 'documents.get'(ctx, { id }) {
    ensureInOffice(ctx, id);
    const { pdf, ...document } = getDocument(ctx.db, id)!;
    return { ...document, pdfBase64: pdf.toString('base64') };
  },

  async 'documents.list'(ctx, { caseId }) {
    return listDocuments(ctx.db, caseId, ctx.actor().officeId);
  },

  async 'documents.print'(ctx, { id, printer, copies }) {
    const officer = ctx.actor();
    return ctx.write((audit) => {
      ensureInOffice(ctx, id);
      const caseId = documentView(ctx.db, id)!.caseId;
      const entry = recordPrint(ctx.db, { documentId: id, officerId: officer.id, printer, copies }, ctx.clock.now());
      audit({ action: 'documents.print', caseId, details: { documentId: id, printer, copies } });
      return entry;
    });
  },

  async 'documents.preview'(ctx, { kind, data }) {
    const renderer = await ctx.documentRenderer();
    // The journal preview is the journal itself; any other form is marked as a draft.
    const rendered = await renderDocument(renderer, kind, data, { draft: kind !== 'journal' });
    return { kind, dataSha256: rendered.dataSha256, pdfSha256: rendered.pdfSha256, pdfBase64: rendered.pdf.toString('base64') };
  },
};

