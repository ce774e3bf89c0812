import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MenuAction } from '../../components/MenuButton';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { CancelledError, offerDownload, runExchange, warmExchange } from './exchange-client';
import type { CheckedBackup } from './exchange-protocol';
import { bulkWrite } from '../table/claims-view-client';

const ImportArticlesDialog = lazy(() =>
  import('./ImportArticlesDialog').then((m) => ({ default: m.ImportArticlesDialog })),
);
const RestoreDialog = lazy(() => import('./RestoreDialog').then((m) => ({ default: m.RestoreDialog })));
// Loaded when first opened: the first load's JavaScript stays within its 200 KB.
const SettingsDialog = lazy(() => import('./SettingsDialog').then((m) => ({ default: m.SettingsDialog })));
const ClaimReviewDialog = lazy(() =>
  import('./ClaimReviewDialog').then((m) => ({ default: m.ClaimReviewDialog })),
);

/**
 * A file input that stays in the page, labelled like its button so it can be driven directly, but
 * hidden from assistive technology: the visible button of the same name is the one control.
 */
function HiddenFileInput({
  label,
  accept,
  multiple,
  inputRef,
  onFiles,
}: {
  label: string;
  accept: string;
  multiple?: boolean;
  inputRef: React.RefObject<HTMLInputElement | null>;
  onFiles: (files: File[]) => void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      aria-label={label}
      accept={accept}
      multiple={multiple}
      onChange={(e) => {
        const files = Array.from(e.target.files ?? []);
        e.target.value = '';
        if (files.length) onFiles(files);
      }}
    />
  );
}

/**
 * The exchange actions: import, export, backup and restore. `importArticles` is the header's button;
 * the rest are listed in its menu (`actions`); `element` holds the file inputs and dialogs they open.
 */
export function useExchange(): { importArticles: () => void; actions: MenuAction[]; element: ReactNode } {
  const showToast = useUi((s) => s.showToast);
  const articlesInput = useRef<HTMLInputElement>(null);
  const annotationsInput = useRef<HTMLInputElement>(null);
  const restoreInput = useRef<HTMLInputElement>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [pickedFiles, setPickedFiles] = useState<File[]>([]);
  const [restore, setRestore] = useState<
    | { status: 'checking' }
    | { status: 'ready'; checked: CheckedBackup; name: string }
    | { status: 'error'; error: string; name: string }
    | null
  >(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [claimReviewOpen, setClaimReviewOpen] = useState(false);

  // The exchange worker started once the page is idle, so the first export or restore does not wait
  // for it to load.
  useEffect(() => {
    const t = window.setTimeout(() => warmExchange(), 3000);
    return () => window.clearTimeout(t);
  }, []);

  const run = (work: () => Promise<string>) =>
    work().then(
      (message) => showToast({ message, tone: 'info' }),
      (e: unknown) =>
        showToast({ message: errorMessage(e), tone: e instanceof CancelledError ? 'info' : 'error' }),
    );

  const onRestoreFile = (file: File) => {
    setRestore({ status: 'checking' });
    runExchange({ kind: 'check-backup', file }, 'Checking the backup', { where: 'dialog' }).then(
      (checked) => setRestore({ status: 'ready', checked, name: file.name }),
      (e: unknown) =>
        e instanceof CancelledError
          ? setRestore(null)
          : setRestore({ status: 'error', error: errorMessage(e), name: file.name }),
    );
  };

  const importArticles = () => {
    warmExchange();
    setImportOpen(true);
  };
  const actions: MenuAction[] = [
    {
      group: 'Import and export',
      label: 'Import Web Annotations',
      onSelect: () => annotationsInput.current?.click(),
    },
    { group: 'Import and export', label: 'Export ClaimReview', onSelect: () => setClaimReviewOpen(true) },
    {
      group: 'Import and export',
      label: 'Export Web Annotations',
      onSelect: () =>
        void run(async () => {
          const f = await runExchange({ kind: 'annotations-out' }, 'Exporting Web Annotations');
          offerDownload(f);
          return `Exported ${f.count} claims as Web Annotations.`;
        }),
    },
    {
      group: 'Dossier',
      label: 'Backup',
      onSelect: () =>
        void run(async () => {
          offerDownload(await runExchange({ kind: 'backup' }, 'Making a backup'));
          return 'Backup downloaded.';
        }),
    },
    { group: 'Dossier', label: 'Restore', onSelect: () => restoreInput.current?.click() },
    { group: 'Workbench', label: 'Settings', onSelect: () => setSettingsOpen(true) },
  ];

  const element = (
    <>
      <HiddenFileInput
        label="Import articles"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        multiple
        inputRef={articlesInput}
        onFiles={(files) => {
          warmExchange();
          setPickedFiles(files);
          setImportOpen(true);
        }}
      />
      <HiddenFileInput
        label="Import Web Annotations"
        accept=".json,.jsonld,application/json,application/ld+json"
        inputRef={annotationsInput}
        onFiles={([file]) =>
          void run(async () => {
            const r = await bulkWrite(() =>
              runExchange({ kind: 'annotations-in', file: file! }, 'Importing Web Annotations'),
            );
            const parts = [
              `Imported ${r.claims} ${r.claims === 1 ? 'claim' : 'claims'} and ${r.links} evidence ${r.links === 1 ? 'link' : 'links'}`,
            ];
            if (r.duplicates) parts.push(`${r.duplicates} already present, skipped`);
            if (r.unresolved) parts.push(`${r.unresolved} could not be placed in any article`);
            return `${parts.join('; ')}.`;
          })
        }
      />
      <HiddenFileInput
        label="Restore"
        accept=".json,application/json"
        inputRef={restoreInput}
        onFiles={([file]) => onRestoreFile(file!)}
      />

      <Suspense fallback={null}>
        {importOpen ? (
          <ImportArticlesDialog
            files={pickedFiles}
            onPick={() => articlesInput.current?.click()}
            onClose={() => {
              setImportOpen(false);
              setPickedFiles([]);
            }}
          />
        ) : null}
        {restore ? <RestoreDialog state={restore} onClose={() => setRestore(null)} /> : null}
        {settingsOpen ? <SettingsDialog onClose={() => setSettingsOpen(false)} /> : null}
        {claimReviewOpen ? <ClaimReviewDialog onClose={() => setClaimReviewOpen(false)} /> : null}
      </Suspense>
    </>
  );
  return { importArticles, actions, element };
}
