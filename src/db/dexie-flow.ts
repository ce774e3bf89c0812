import Dexie from 'dexie';

/**
 * Steps of work written as a generator, run as one chain of Dexie's promises. A middleware that
 * awaits with native `async` functions spends Dexie's budget of zone echoes (100 native microtasks
 * per awaited operation): past it, the caller's next step runs outside its transaction, which then
 * commits early (PrematureCommitError; the undo property test met it once links were packed too).
 * Dexie's promises carry the zone themselves, however many steps there are.
 *
 *     function* twice(): Flow<number> { const n = yield* wait(read()); return 2 * n; }
 *     flow(twice()) // a Dexie promise of the result
 */
export type Flow<T> = Generator<PromiseLike<unknown>, T, unknown>;

/** Waits for a promise inside a flow: `const x = yield* wait(p)`. */
export function* wait<T>(p: PromiseLike<T>): Generator<PromiseLike<T>, T, unknown> {
  return (yield p) as T;
}

/** Waits for all of these promises inside a flow, as `Promise.all`. */
export function* waitAll<T>(ps: ReadonlyArray<PromiseLike<T>>): Generator<PromiseLike<T[]>, T[], unknown> {
  return (yield Dexie.Promise.all([...ps])) as T[];
}

/** Runs a flow as a Dexie promise of its result. */
export function flow<T>(steps: Flow<T>): Promise<T> {
  return new Dexie.Promise<T>((resolve, reject) => {
    const next = (method: 'next' | 'throw', arg?: unknown) => {
      let r: IteratorResult<PromiseLike<unknown>, T>;
      try {
        r = method === 'next' ? steps.next(arg) : steps.throw(arg);
      } catch (e) {
        reject(e);
        return;
      }
      if (r.done) resolve(r.value);
      else
        Dexie.Promise.resolve(r.value).then(
          (v) => next('next', v),
          (e: unknown) => next('throw', e),
        );
    };
    next('next');
  }) as Promise<T>;
}
