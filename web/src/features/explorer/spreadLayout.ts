/**
 * fCoSE's draft quality (big networks) stops after its spectral phase, whose positions come out
 * packed: 2,000 nodes in some 600 × 600 pixels, nearly every node on top of another. This scales
 * such a layout about its middle until each node has about `spacing` pixels of room, which keeps
 * its shape, separates the nodes, and lets the fitted view zoom out far enough that labels too
 * small to read are not drawn (the cheap and readable overview of a big network).
 */
export function spreadPositions(
  positions: Record<string, { x: number; y: number }>,
  spacing: number,
): Record<string, { x: number; y: number }> {
  const points = Object.values(positions);
  if (points.length < 2) return positions;
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  const side = Math.max(x2 - x1, y2 - y1);
  const wanted = Math.sqrt(points.length) * spacing;
  if (side <= 0 || side >= wanted) return positions;
  const factor = wanted / side;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const spread: Record<string, { x: number; y: number }> = {};
  for (const [id, { x, y }] of Object.entries(positions))
    spread[id] = { x: cx + (x - cx) * factor, y: cy + (y - cy) * factor };
  return spread;
}
