// A short message at the bottom of the window, with optional actions (Undo, Retry…): what the
// extension tells the reader about saving. Errors are announced at once, the rest politely.

import type { ToastAction, ToastView } from '../lib/content/pageView';
export type { ToastAction };

export type ToastProps = ToastView;

export function Toast({ message, tone, actions, onClose }: ToastProps) {
  return (
    <div class={`toast ${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-toast={tone}>
      <span class="message">{message}</span>
      {actions.map((action) => (
        <button key={action.label} type="button" onClick={action.run}>
          {action.label}
        </button>
      ))}
      <button type="button" class="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
