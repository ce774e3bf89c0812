import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { db } from '../../db/db';
import { currentDossierId, getShare, setShare, type DossierRecord } from '../../db/dossiers';
import { getSetting, setSetting, SETTINGS } from '../../db/settings-repo';
import { errorMessage } from '../../services/errors';
import { useSync } from '../../store/sync-store';
import { startSync, stopSync } from './sync-client';

/** A shared document name from a dossier's name: "Vostochny summit" → "vostochny-summit". */
function roomFor(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'dossier'
  );
}

interface Form {
  server: string;
  token: string;
  room: string;
  name: string;
}

/**
 * Shares the open dossier through a team sync server: the server's address, the access token the
 * newsroom gave (it decides editor or viewer), the name the dossier has on the server (colleagues
 * use the same) and the name colleagues see.
 */
export function ShareDialog({ dossier, onClose }: { dossier: DossierRecord; onClose: () => void }) {
  const connection = useSync((s) => s.connection);
  const role = useSync((s) => s.role);
  const refused = useSync((s) => s.refused);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shared = connection !== 'alone';

  useEffect(() => {
    void (async () => {
      const share = await getShare(currentDossierId());
      const name = (await getSetting<string>(db, SETTINGS.editorName)) ?? '';
      setForm({
        server: share?.server ?? 'ws://127.0.0.1:1234',
        token: share?.token ?? '',
        room: share?.room ?? roomFor(dossier.name),
        name,
      });
    })();
  }, [dossier.name]);

  const connect = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    try {
      const server = form.server.trim();
      if (!/^wss?:\/\/[^\s/]+/i.test(server))
        throw new Error('The server address must start with ws:// or wss://, e.g. wss://sync.example.org.');
      const token = form.token.trim();
      if (!token) throw new Error('Enter the access token your newsroom gave you.');
      const room = roomFor(form.room);
      const name = form.name.replace(/\s+/g, ' ').trim();
      if (!name) throw new Error('Enter your name: colleagues see it, and the history names you.');
      const before = await getShare(currentDossierId());
      const same = before && before.server === server && before.room === room && before.token === token;
      const share = {
        server,
        room,
        device: before?.device ?? crypto.randomUUID(),
        role: same ? before.role : null,
      };
      await setShare(currentDossierId(), { ...share, token });
      await setSetting(db, SETTINGS.editorName, name);
      startSync({ ...share, token, name }, !!before && (before.server !== server || before.room !== room));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const disconnect = async () => {
    stopSync();
    await setShare(currentDossierId(), null);
  };

  return (
    <Dialog open title="Share dossier" onClose={onClose}>
      {!form ? (
        <p className="muted">Loading…</p>
      ) : (
        <form onSubmit={connect}>
          <p className="muted small">
            Work on “{dossier.name}” with colleagues through your newsroom&apos;s sync server. Everyone keeps
            working offline; changes meet when the connection is back. Your settings stay yours.
          </p>
          <Field label="Server address">
            <input
              value={form.server}
              spellCheck={false}
              placeholder="wss://sync.example.org"
              onChange={(e) => setForm({ ...form, server: e.target.value })}
            />
          </Field>
          <Field label="Access token">
            <input
              type="password"
              value={form.token}
              autoComplete="off"
              onChange={(e) => setForm({ ...form, token: e.target.value })}
            />
          </Field>
          <Field label="Shared name">
            <input
              value={form.room}
              spellCheck={false}
              onChange={(e) => setForm({ ...form, room: e.target.value })}
            />
          </Field>
          <p className="muted small">
            Colleagues who enter the same server and shared name work on this dossier.
          </p>
          <Field label="Your name">
            <input
              value={form.name}
              autoComplete="name"
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          </Field>
          {shared ? (
            <p className="small">
              {refused
                ? `Not connected: ${refused}`
                : role === 'viewer'
                  ? 'You can read this dossier; the server does not accept changes from your token.'
                  : role === 'editor'
                    ? 'You can read and change this dossier.'
                    : 'Waiting for the server…'}
            </p>
          ) : null}
          <FormError error={error ?? (refused && !shared ? refused : null)} />
          <div className="dialog-actions">
            {shared ? (
              <button type="button" className="secondary" onClick={() => void disconnect()}>
                Disconnect
              </button>
            ) : null}
            <span className="spacer" />
            <button type="button" className="secondary" onClick={onClose}>
              Close
            </button>
            <button type="submit" className="primary">
              Connect
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
