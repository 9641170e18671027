// The subset of autocannon 8's API the benchmark uses (the package ships no types and
// @types/autocannon is not installed).
declare module 'autocannon' {
  interface Percentiles {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    total: number;
  }

  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    workers?: number;
    pipelining?: number;
    expectBody?: string;
    /** Per-request templates; with `workers`, setupRequest/onResponse are module paths. */
    requests?: {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: string;
    }[];
    /** A function, or with `workers` the path of a CommonJS module exporting one. */
    verifyBody?: string | ((body: string) => boolean);
  }

  export interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    '2xx': number;
    latency: Percentiles;
    requests: Percentiles & { sent: number };
    throughput: Percentiles;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
