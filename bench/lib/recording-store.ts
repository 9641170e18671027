import type { Params, Row } from '../../src/store/port/graph-store.port.js';
import type { QueryName } from '../../src/store/query-names.js';
import { StoreDecorator } from '../../src/store/store-decorator.js';

/** One named read as the application asked the store for it. */
export interface RecordedRead {
  query: QueryName;
  params: Params;
}

/** Forwards every call; while `readsOf` runs, also notes each named read (to PROFILE them after). */
export class RecordingStore extends StoreDecorator {
  private recording: RecordedRead[] | undefined;

  override read(query: QueryName, params: Params = {}): Promise<Row[]> {
    this.recording?.push({ query, params });
    return super.read(query, params);
  }

  async readsOf(during: () => Promise<unknown>): Promise<RecordedRead[]> {
    this.recording = [];
    try {
      await during();
      return this.recording;
    } finally {
      this.recording = undefined;
    }
  }
}
