// A part of a page the first screen does not need (the notes page's "Your data" panel), drawn once
// the page is idle. Its code comes from a dynamic import, so it is a chunk of its own that the
// first screen neither loads nor runs.

import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface DeferredProps {
  /** Loads the part's code and returns what to draw. */
  load: () => Promise<ComponentChild>;
  /** What to say if the code cannot be loaded (the rest of the page still works). */
  failure: string;
}

/** Runs `task` when the page is idle (or soon, where idle callbacks do not exist); returns how to cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

export function Deferred({ load, failure }: DeferredProps) {
  const [content, setContent] = useState<ComponentChild>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      load().then(
        (loaded) => live && setContent(loaded),
        () =>
          live &&
          setContent(
            <p role="alert" class="error">
              {failure}
            </p>,
          ),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [load, failure]);
  return <>{content}</>;
}
