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
