// The renderer's typed api: `send(name, input)` over whichever transport the host provides.
// The renderer never imports core code; this is its only way in.
import type { ApiInput, ApiName, ApiOutput, Result } from '../../../shared/api';
import type { ConnectionState, Transport } from './transport';

export interface ApiClient {
  send<N extends ApiName>(name: N, input: ApiInput<N>): Promise<Result<ApiOutput<N>>>;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    send: (name, input) => transport.invoke(name, input) as Promise<Result<ApiOutput<typeof name>>>,
    onStateChange: (listener) => transport.onStateChange(listener),
  };
}

let current: ApiClient | null = null;

/** Set once at start-up (main.tsx) or by a test. */
export function setApi(client: ApiClient): void {
  current = client;
}

export function api(): ApiClient {
  if (!current) throw new Error('api client not set');
  return current;
}
