/** A rectangle in viewport (client) coordinates: what the overlay, drawn position:fixed, uses directly. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const boxOf = (rect: DOMRectReadOnly): Box => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });

/** The part of `box` inside `clip`, or null when none of it is. */
export function clipBox(box: Box, clip: Box): Box | null {
  const left = Math.max(box.left, clip.left);
  const top = Math.max(box.top, clip.top);
  const right = Math.min(box.left + box.width, clip.left + clip.width);
  const bottom = Math.min(box.top + box.height, clip.top + clip.height);
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}

export const containsPoint = (box: Box, x: number, y: number): boolean =>
  x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;

/** Merges the per-inline-box rects getClientRects returns into one rect per line. */
export function mergeLineRects(rects: readonly Box[]): Box[] {
  const lines: Box[] = [];
  for (const rect of rects) {
    if (rect.width === 0 || rect.height === 0) continue;
    const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2 && rect.left <= l.left + l.width + 2 && rect.left + rect.width >= l.left - 2);
    if (line) {
      const right = Math.max(line.left + line.width, rect.left + rect.width);
      const bottom = Math.max(line.top + line.height, rect.top + rect.height);
      line.left = Math.min(line.left, rect.left);
      line.top = Math.min(line.top, rect.top);
      line.width = right - line.left;
      line.height = bottom - line.top;
    } else {
      lines.push({ ...rect });
    }
  }
  return lines;
}
