/**
 * Exports of the current view: a PNG of what sigma draws (its canvas layers
 * composed onto one white canvas) and a GEXF file of the graph for Gephi.
 */
import { write } from 'graphology-gexf/browser/index.js';
import type { ViewerSigma } from './renderer.ts';

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Renders the current view into one PNG blob. */
export function renderPng(sigma: ViewerSigma): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = width * ratio;
  output.height = height * ratio;
  const context = output.getContext('2d');
  if (!context) return Promise.reject(new Error('export: this browser cannot draw on a 2D canvas.'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  // WebGL layers keep their pixels only until the frame is composited: render now and
  // copy within the same task.
  sigma.refresh();
  for (const layer of Object.values(sigma.getCanvases())) context.drawImage(layer, 0, 0, output.width, output.height);
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('export: the PNG could not be encoded.'))), 'image/png'),
  );
}

/** Downloads the current view as `<name>.png`. */
export async function downloadPng(sigma: ViewerSigma, name: string): Promise<void> {
  download(await renderPng(sigma), `${name}.png`);
}

/** Downloads the graph (with positions and colours) as `<name>.gexf`. */
export function downloadGexf(sigma: ViewerSigma, name: string): void {
  const xml = write(sigma.getGraph());
  download(new Blob([xml], { type: 'application/xml' }), `${name}.gexf`);
}
