// The renderer's Content Security Policy, shared by the Electron window and the web host so
// that both run the renderer under the same rules. Scripts only from the bundle; no eval; no
// plugins; connections only back to the host itself.
export function contentSecurityPolicy(connectSrc: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine sets inline style attributes; no inline scripts are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // pdf.js runs its worker from the bundle; printing in a browser puts the document's
    // pages into a hidden same-origin frame from a blob: URL.
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    `connect-src 'self' ${connectSrc.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
