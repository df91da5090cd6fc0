// The recovery screens' commands: the workspace's state and backups, taking and restoring a
// backup, opening another workspace or a fresh one, trying the file again, and quitting.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { BackupInfo } from '../../bindings/BackupInfo';
import type { WorkspaceStatus } from '../../bindings/WorkspaceStatus';
import { call } from '../../lib/ipc';

/** Whether the workspace is open (else why not), where it is, and its backups, newest first. */
export const workspaceStatus = (): Promise<WorkspaceStatus> => call('workspace_status');

/** Takes a backup of the open workspace now. */
export const backupNow = (): Promise<BackupInfo> => call('backup_now');

/** Puts the backup `file` in place of the workspace (the current one is kept: backed up, or set aside). */
export const restoreBackup = (file: string): Promise<WorkspaceStatus> => call('restore_backup', { file });

/** Opens the workspace at `path` instead of the current one. */
export const openWorkspace = (path: string): Promise<WorkspaceStatus> => call('open_workspace', { path });

/** Sets the workspace that could not be opened aside and starts a new one, with the sample, in its place. */
export const startFreshWorkspace = (): Promise<WorkspaceStatus> => call('start_fresh_workspace');

/** Tries the workspace file again (after another copy of Empty Chair that had it open has quit). */
export const reopenWorkspace = (): Promise<WorkspaceStatus> => call('reopen_workspace');

/** Ends this copy of Empty Chair. */
export const quitApp = (): Promise<void> => call('quit_app');
