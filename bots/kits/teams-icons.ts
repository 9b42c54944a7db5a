/**
 * The two icons a Teams app package needs, drawn in code so the kit needs no image files:
 * a 192×192 full-colour icon (a white speech bubble on the accent colour) and a 32×32 outline
 * (the same bubble in white on transparent, as Teams requires).
 */
import { PNG } from 'pngjs';

/** The accent colour, #1D3557. */
const ACCENT = [0x1d, 0x35, 0x57] as const;

/** True inside a speech bubble drawn on a size×size grid: a rounded box and a tail. */
function inBubble(x: number, y: number, size: number): boolean {
  const left = size * 0.2;
  const right = size * 0.8;
  const top = size * 0.22;
  const bottom = size * 0.66;
  const radius = size * 0.12;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const inBox = x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  // The tail: a triangle below the box's left third.
  const tail = y > bottom && y < size * 0.82 && x > size * 0.3 && x < size * 0.3 + (size * 0.82 - y) * 0.9;
  return inBox || tail;
}

function draw(size: number, paint: (inside: boolean) => readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const at = (y * size + x) * 4;
      const [r, g, b, a] = paint(inBubble(x + 0.5, y + 0.5, size));
      png.data[at] = r;
      png.data[at + 1] = g;
      png.data[at + 2] = b;
      png.data[at + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

/** color.png: 192×192, opaque. */
export function colorIcon(): Buffer {
  return draw(192, (inside) => (inside ? [255, 255, 255, 255] : [...ACCENT, 255]));
}

/** outline.png: 32×32, white on transparent. */
export function outlineIcon(): Buffer {
  return draw(32, (inside) => (inside ? [255, 255, 255, 255] : [0, 0, 0, 0]));
}
