/**
 * The life of a dialog's 确定 button: busy while the request runs, the refusal shown in Chinese in
 * the dialog (which stays open, nothing typed is lost), and on success the lists it changed
 * refreshed, a short confirmation and the dialog closed.
 */
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { problemText } from '../api/client';

export interface DialogSubmit {
  busy: boolean;
  error: string | undefined;
  /** Shows a local check's refusal the same way as the server's. */
  setError(error: string | undefined): void;
  /** Runs `send`; `done(result)` names the confirmation (a string) once it succeeded. */
  run<T>(send: () => Promise<T>, done: (result: T) => string): Promise<void>;
}

export function useDialogSubmit(refresh: readonly string[], onDone: () => void): DialogSubmit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const run = async <T,>(send: () => Promise<T>, done: (result: T) => string) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await send();
      for (const key of refresh) void qc.invalidateQueries({ queryKey: [key] });
      message.success(done(result));
      onDone();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
