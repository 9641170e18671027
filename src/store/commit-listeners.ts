/** The listeners a store calls after each committed write (one helper for both adapters). */
export class CommitListeners {
  private readonly listeners = new Set<() => void | Promise<void>>();

  add(listener: () => void | Promise<void>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async notify(): Promise<void> {
    for (const listener of this.listeners) await listener();
  }
}
