// Renders one document in a fresh Node process and prints the PDF's SHA-256: the determinism
// test compares it with a render in the test's own process. Usage: renderInChild.ts <kind> <json>
import { renderDocument } from '../../../../../electron/core/documents/pipeline';
import type { DocumentKind } from '../../../../../electron/core/documents/types';
import { testRenderer } from './renderer';

const [kind, json] = process.argv.slice(2) as [DocumentKind, string];
const rendered = await renderDocument(await testRenderer(), kind, JSON.parse(json));
process.stdout.write(`${rendered.pdfSha256}\n`);
