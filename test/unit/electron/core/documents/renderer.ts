// One document renderer for a test file, on the project's own fonts (as the core's default).
import { defaultResourcesDir } from '../../../../../electron/core/core';
import { createDocumentRenderer } from '../../../../../electron/core/documents/reactPdfRenderer';
import { fontsDirOf, type DocumentRenderer } from '../../../../../electron/core/documents/renderer';

export const testFontsDir = fontsDirOf(defaultResourcesDir);

export const testRenderer = (): Promise<DocumentRenderer> => createDocumentRenderer(testFontsDir);
