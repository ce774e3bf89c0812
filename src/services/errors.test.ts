import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it.each([
    ['a QuotaExceededError', Object.assign(new Error('quota'), { name: 'QuotaExceededError' })],
    [
      'Dexie’s AbortError wrapping one',
      Object.assign(new Error('Transaction aborted'), {
        name: 'AbortError',
        inner: { name: 'QuotaExceededError' },
      }),
    ],
  ])('names a full disk plainly for %s, and suggests a backup', (_name, err) => {
    expect(errorMessage(err)).toContain('no room left');
    expect(errorMessage(err)).toContain('backup');
  });
  it('passes other messages through', () => {
    expect(errorMessage(new Error('That claim has been deleted.'))).toBe('That claim has been deleted.');
    expect(errorMessage('plain')).toBe('plain');
  });
});
