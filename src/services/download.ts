/** Offers content as a file download (a blob URL: no server, allowed by our CSP). */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2026-11-23": today's date for file names. */
export function stamp(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Reads a picked file's bytes, refusing files over `max` bytes before reading them. */
export async function readBytes(file: File, max: number): Promise<Uint8Array> {
  if (file.size > max)
    throw new Error(
      `“${file.name}” is too large (${(file.size / 1048576).toFixed(1)} MB; the limit is ${Math.round(max / 1048576)} MB).`,
    );
  return new Uint8Array(await file.arrayBuffer());
}
