import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeWordVectors } from '../domain/evidence/word-vectors';
import { loadWordVectors } from './word-vectors';

const respond = (body: BodyInit, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );

describe('loadWordVectors', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('reads the shipped file from the app’s own origin', async () => {
    respond(
      encodeWordVectors(
        ['arms', 'weapons'],
        [
          [1, 0],
          [0.9, 0.1],
        ],
      ),
    );
    const v = await loadWordVectors();
    expect(v?.row('weapons')).toBe(1);
    expect(vi.mocked(fetch)).toHaveBeenCalledWith('/word-vectors.bin');
  });

  it('falls back to words only, with a warning, when the file is missing, wrong or out of reach', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    respond('Not found', 404);
    expect(await loadWordVectors()).toBeNull();
    respond('<!doctype html><title>Corroborate</title>');
    expect(await loadWordVectors()).toBeNull();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await loadWordVectors()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(String(warn.mock.calls[1]![1])).toMatch(/Not a word-vector file/);
  });
});
