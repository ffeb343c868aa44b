/** Runs async tasks one at a time, in call order: read-modify-write of one file never interleaves. */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

/** A fresh queue; a failed task does not stop the ones after it. */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
