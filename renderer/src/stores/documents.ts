// Stored official documents the officer previews and prints: the PDF with its record, and the
// prints logged from this window (each one also goes to the core's print log and audit).
import { create } from 'zustand';
import type { ApiError, DocumentFile, PrintRecord, Result } from '../../../shared/api';
import { api } from '../api/client';

interface DocumentsState {
  files: Record<string, DocumentFile>;
  errors: Record<string, ApiError>;
  prints: Record<string, PrintRecord[]>;
  /** Fetches a document once; later calls answer from memory (stored documents never change). */
  load(id: string): Promise<DocumentFile | null>;
  logPrint(id: string, printer: string, copies: number): Promise<Result<PrintRecord>>;
}

export const useDocumentsStore = create<DocumentsState>()((set, get) => ({
  files: {},
  errors: {},
  prints: {},

  async load(id) {
    const known = get().files[id];
    if (known) return known;
    const result = await api().send('documents.get', { id });
    if (!result.ok) {
      set((s) => ({ errors: { ...s.errors, [id]: result.error } }));
      return null;
    }
    set((s) => {
      const { [id]: _cleared, ...errors } = s.errors;
      return { files: { ...s.files, [id]: result.value }, errors };
    });
    return result.value;
  },

  async logPrint(id, printer, copies) {
    const result = await api().send('documents.print', { id, printer, copies });
    if (result.ok) set((s) => ({ prints: { ...s.prints, [id]: [...(s.prints[id] ?? []), result.value] } }));
    return result;
  },
}));
