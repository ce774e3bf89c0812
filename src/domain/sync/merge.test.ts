import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Replica, replicaSpec as spec } from '../../testing/sync-replica';
import { reconcile } from './merge';

/** Exchanges everything two replicas' documents hold (as a server relays it), then both reconcile. */
function meet(...replicas: Replica[]) {
  for (const a of replicas)
    for (const b of replicas)
      if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'remote');
  for (const r of replicas) r.sync();
}

describe('team sync: reconciling local records with the shared document', () => {
  it('a claim made on one replica arrives on the other', () => {
    const a = new Replica('a');
    const b = new Replica('b');
    a.edit('c1', { verdict: 'unverified', note: '' });
    meet(a, b);
    expect(b.view()).toEqual([{ id: 'c1', verdict: 'unverified', note: '' }]);
  });

  it('different fields edited apart: both changes are kept', () => {
    const a = new Replica('a');
    const b = new Replica('b');
    a.edit('c1', { verdict: 'unverified', note: '' });
    meet(a, b);
    a.edit('c1', { verdict: 'confirmed' });
    b.edit('c1', { note: 'TASS says so' });
    meet(a, b);
    expect(a.view()).toEqual([{ id: 'c1', verdict: 'confirmed', note: 'TASS says so' }]);
    expect(b.view()).toEqual(a.view());
    expect([...a.conflicts, ...b.conflicts]).toEqual([]);
  });

  it('the same field edited apart: the later edit wins everywhere and the other person is told', () => {
    const a = new Replica('a');
    const b = new Replica('b');
    a.edit('c1', { verdict: 'unverified' });
    meet(a, b);
    a.edit('c1', { verdict: 'confirmed' }); // earlier
    b.clock = a.clock + 10;
    b.edit('c1', { verdict: 'disputed' }); // later
    meet(b, a); // whichever order the updates arrive in
    expect(a.view()).toEqual([{ id: 'c1', verdict: 'disputed' }]);
    expect(b.view()).toEqual(a.view());
    expect(a.conflicts).toEqual([
      { table: 'claims', id: 'c1', field: 'verdict', mine: 'confirmed', theirs: 'disputed', by: 'B' },
    ]);
    expect(b.conflicts).toEqual([]);
  });

  it('a claim deleted by one while another edits it comes back, and both are told', () => {
    const a = new Replica('a');
    const b = new Replica('b');
    a.edit('c1', { verdict: 'unverified', note: '' });
    meet(a, b);
    a.remove('c1');
    b.edit('c1', { note: 'checked with the ministry' });
    meet(a, b);
    expect(a.view()).toEqual([{ id: 'c1', verdict: 'unverified', note: 'checked with the ministry' }]);
    expect(b.view()).toEqual(a.view());
    expect(a.revivals).toEqual([{ table: 'claims', id: 'c1', deletedBy: 'A', editedBy: 'B' }]);
    expect(b.revivals).toEqual([{ table: 'claims', id: 'c1', deletedBy: 'A', editedBy: 'B' }]);
    // A deletion made after seeing the edit holds.
    a.remove('c1');
    meet(a, b);
    expect(a.view()).toEqual([]);
    expect(b.view()).toEqual([]);
  });

  it('a viewer writes nothing to the document; its own edits are undone by the shared version', () => {
    const a = new Replica('a');
    const v = new Replica('v', true);
    a.edit('c1', { verdict: 'unverified' });
    meet(a, v);
    const before = Y.encodeStateVector(v.doc);
    v.local.set('c1', { id: 'c1', verdict: 'confirmed', rev: 9 });
    const r = v.sync();
    expect(r.pushed).toBe(0);
    expect(r.undone).toBe(1);
    expect(Y.encodeStateVector(v.doc)).toEqual(before);
    expect(v.view()).toEqual([{ id: 'c1', verdict: 'unverified' }]);
  });

  it('malformed records from the document are left out, not stored', () => {
    const a = new Replica('a');
    a.doc.getMap('claims').set('bad\tverdict\tx', { v: 42, at: 1, by: 'X', d: 'x', prev: 0 });
    const r = a.sync();
    expect(r.rejected).toBe(1);
    expect(a.view()).toEqual([]);
  });

  it('a reconcile interrupted before the local write is simply done again (resumable)', () => {
    const a = new Replica('a');
    const b = new Replica('b');
    a.edit('c1', { verdict: 'unverified' });
    meet(a, b);
    a.edit('c1', { verdict: 'confirmed' });
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), 'remote');
    // b reconciles but "crashes" before applying: the result is thrown away.
    reconcile(
      b.doc,
      { claims: { local: b.local, base: b.base } },
      { claims: spec },
      { device: 'b', name: 'B' },
      { now: () => 1000 },
    );
    b.sync();
    expect(b.view()).toEqual([{ id: 'c1', verdict: 'confirmed' }]);
  });

  it('fuzz: three replicas, 1,000 random operations with random disconnects, converge', () => {
    let ops = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            who: fc.integer({ min: 0, max: 2 }),
            kind: fc.constantFrom('create', 'edit', 'edit', 'delete', 'meet', 'meet'),
            id: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
            field: fc.constantFrom('verdict', 'note', 'categoryId'),
            value: fc.constantFrom('x', 'y', 'z', 'w'),
            other: fc.integer({ min: 0, max: 2 }),
          }),
          { minLength: 1000, maxLength: 1000 },
        ),
        (steps) => {
          const rs = [new Replica('a'), new Replica('b'), new Replica('c')];
          for (const s of steps) {
            const r = rs[s.who]!;
            r.clock += 1 + s.other; // clocks drift apart
            ops++;
            if (s.kind === 'create' && !r.local.has(s.id)) r.edit(s.id, { verdict: 'unverified', note: '' });
            else if (s.kind === 'edit' && r.local.has(s.id)) r.edit(s.id, { [s.field]: s.value });
            else if (s.kind === 'delete' && r.local.has(s.id)) r.remove(s.id);
            else if (s.kind === 'meet' && s.other !== s.who) meet(r, rs[s.other]!);
          }
          meet(...rs);
          meet(...rs);
          expect(rs[1]!.view()).toEqual(rs[0]!.view());
          expect(rs[2]!.view()).toEqual(rs[0]!.view());
        },
      ),
      { numRuns: 5 },
    );
    console.log(`sync fuzz: 3 replicas, ${ops} random operations with random disconnects, converged`);
    expect(ops).toBe(5000);
  }, 60_000);
});
