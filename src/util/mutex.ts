/**
 * A promise-chain mutex: `run` calls wait for the previous one to settle, in call order.
 * Used where a native library must not be entered concurrently (Kuzu's prepare, its writes).
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // The chain must never reject, or every later task would be skipped.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
