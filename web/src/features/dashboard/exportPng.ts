/**
 * Exports the dashboard as one PNG for a council memo: its SVG figures (each with the heading of
 * its section) and some lines of text are stacked into one SVG, drawn on a canvas at twice the size
 * and saved. Only plain SVG is drawn (no HTML inside), so the canvas is never tainted.
 */

const margin = 24;
const gap = 28;
const headingSize = 16;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** One SVG document holding the title, the figures found in `container`, and the footer lines. */
export function composeDashboardSvg(
  container: HTMLElement,
  title: string,
  footer: readonly string[],
): {
  svg: string;
  width: number;
  height: number;
} {
  const parts: string[] = [];
  let y = margin + 22;
  let width = 600;
  parts.push(
    `<text x="${margin}" y="${y}" font-size="22" font-weight="700" fill="#1b2327">${escapeXml(title)}</text>`,
  );
  y += gap;
  const serializer = new XMLSerializer();
  for (const figure of container.querySelectorAll<SVGSVGElement>('svg.dashboard-figure')) {
    const figureWidth =
      Number(figure.getAttribute('width')) || figure.getBoundingClientRect().width;
    const figureHeight =
      Number(figure.getAttribute('height')) || figure.getBoundingClientRect().height;
    const heading = figure.closest('section')?.querySelector('h2')?.textContent ?? '';
    const caption = figure.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
    const label = [heading, caption].filter(Boolean).join(' — ');
    if (label) {
      parts.push(
        `<text x="${margin}" y="${y + headingSize}" font-size="${headingSize}" font-weight="600" fill="#1b2327">${escapeXml(label)}</text>`,
      );
      y += headingSize + 10;
    }
    const clone = figure.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('x', String(margin));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(figureWidth));
    clone.setAttribute('height', String(figureHeight));
    parts.push(serializer.serializeToString(clone));
    y += figureHeight + gap;
    width = Math.max(width, figureWidth + 2 * margin);
  }
  for (const line of footer) {
    parts.push(
      `<text x="${margin}" y="${y}" font-size="13" fill="#1b2327">${escapeXml(line)}</text>`,
    );
    y += 20;
  }
  const height = y + margin;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** Draws the composed SVG on a canvas (2× for print sharpness) and returns it as a PNG. */
export async function dashboardPng(
  container: HTMLElement,
  title: string,
  footer: readonly string[],
): Promise<Blob> {
  const { svg, width, height } = composeDashboardSvg(container, title, footer);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))),
      'image/png',
    ),
  );
}

/** Offers the blob as a file download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
