// Draws media/icon.png (128×128, the Marketplace icon) after media/speechcheck.svg: a page
// with a folded corner, two lines of text and a check mark, white on a red rounded square.
// A small PNG writer (zlib from Node) and 4×4 supersampling; no image library needed.
// Run: node tools/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // samples per pixel side
const RED = [192, 39, 45];
const WHITE = [255, 255, 255];

// Shapes in the SVG's 24-unit space, scaled to the icon with a margin.
const scale = SIZE / 24;
const inset = (x) => x * scale;

/** Distance from p to segment ab. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function inRoundedSquare(x, y) {
  const r = 22;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

// The page outline (the SVG's path, slightly enlarged around the centre), filled white.
const page = [
  [6, 2.5],
  [14.5, 2.5],
  [19, 7],
  [19, 21.5],
  [6, 21.5],
].map(([x, y]) => [inset((x - 12.5) * 0.82 + 12), inset((y - 12) * 0.82 + 12)]);

function inPolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const map = ([x, y]) => [inset((x - 12.5) * 0.82 + 12), inset((y - 12) * 0.82 + 12)];
const strokes = [
  // the fold
  [[14.5, 2.5], [14.5, 7]],
  [[14.5, 7], [19, 7]],
  // two lines of text
  [[8.5, 11], [16.5, 11]],
  [[8.5, 14.5], [13.5, 14.5]],
  // the check mark
  [[9, 18.5], [10.6, 20.1]],
  [[10.6, 20.1], [14, 16.5]],
].map(([a, b]) => [...map(a), ...map(b)]);
const STROKE = 1.6 * scale * 0.82 * 0.5;

function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  const onStroke = strokes.some(([ax, ay, bx, by]) => segDist(x, y, ax, ay, bx, by) <= STROKE);
  if (onStroke) return RED;
  return inPolygon(x, y, page) ? WHITE : RED;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a++;
      }
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
