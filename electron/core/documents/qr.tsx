/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The QR code of an outgoing document as vector paths (no raster image in the PDF): crisp at
// any printer resolution, and deterministic. Each run of dark modules in a row becomes one
// rectangle of a single path, so adjacent modules fill without seams.
import { Path, Svg } from '@react-pdf/renderer';
import QRCode from 'qrcode';

const quietZone = 4;

export function qrPath(text: string): { size: number; d: string } {
  // Level M survives a smudge or a fold; the payload fits in a version 5–6 symbol.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      let end = x;
      while (end < n && modules.get(y, end)) end++;
      d += `M${x + quietZone} ${y + quietZone}h${end - x}v1h${x - end}z`;
      x = end;
    }
  }
  return { size: n + 2 * quietZone, d };
}

/** A QR code `sizePt` points wide, quiet zone included. */
export function QrCode({ text, sizePt }: { text: string; sizePt: number }) {
  const { size, d } = qrPath(text);
  return (
    <Svg width={sizePt} height={sizePt} viewBox={`0 0 ${size} ${size}`}>
      <Path d={d} fill="#000000" />
    </Svg>
  );
}
