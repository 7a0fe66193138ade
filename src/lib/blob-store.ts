/**
 * Large texts (the full list of a scenario's added routes) kept where they fit: local storage when
 * small, IndexedDB when larger than local storage should hold (it has a few megabytes per origin,
 * shared with everything else). Nothing here throws or rejects: a failure reads as "not stored", and a
 * write reports whether the browser kept the text. IndexedDB calls give up after a few seconds (a
 * blocked database can otherwise wait forever).
 */
import type { RoutesBlobRef } from '../domain/scenario/saved-scenarios';
import { ROUTES_BLOB_PREFIX, readItem, removeItem, writeItem } from './safe-storage';

/** Blobs up to this many characters go to local storage; longer ones to IndexedDB. */
const LOCAL_BLOB_LIMIT = 500_000;
const DATABASE = 'kimi-cost-calculator';
const STORE = 'blobs';
const TIMEOUT_MS = 4_000;

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

let opened: Promise<IDBDatabase | null> | null = null;

function openDatabase(): Promise<IDBDatabase | null> {
  opened ??= withTimeout(
    new Promise<IDBDatabase | null>((resolve) => {
      try {
        const request = indexedDB.open(DATABASE, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        request.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    }),
    null,
  );
  return opened;
}

/**
 * Runs one request in a transaction: `success` is what the transaction's completion resolves to (the
 * request's result by default), `fallback` what any failure resolves to.
 */
function transact<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest,
  fallback: T,
  success: (request: IDBRequest) => T = (request) => request.result as T,
): Promise<T> {
  return withTimeout(
    openDatabase().then(
      (database) =>
        new Promise<T>((resolve) => {
          if (!database) return resolve(fallback);
          try {
            const transaction = database.transaction(STORE, mode);
            const request = run(transaction.objectStore(STORE));
            transaction.oncomplete = () => resolve(success(request));
            transaction.onerror = () => resolve(fallback);
            transaction.onabort = () => resolve(fallback);
          } catch {
            resolve(fallback);
          }
        }),
    ),
    fallback,
  );
}

/** Keeps `text` under `key`; the reference says where, or null when the browser kept it nowhere. */
export async function writeBlob(key: string, text: string): Promise<RoutesBlobRef | null> {
  if (text.length <= LOCAL_BLOB_LIMIT && writeItem(`${ROUTES_BLOB_PREFIX}${key}`, text)) {
    return { key, where: 'local' };
  }
  const kept = await transact(
    'readwrite',
    (store) => store.put(text, key),
    false,
    () => true,
  );
  return kept ? { key, where: 'idb' } : null;
}

export async function readBlob(ref: RoutesBlobRef): Promise<string | null> {
  if (ref.where === 'local') return readItem(`${ROUTES_BLOB_PREFIX}${ref.key}`);
  const value = await transact<unknown>('readonly', (store) => store.get(ref.key), null);
  return typeof value === 'string' ? value : null;
}

/** Deletes blobs no saved scenario refers to any more. */
export async function deleteBlobs(refs: readonly RoutesBlobRef[]): Promise<void> {
  for (const ref of refs) if (ref.where === 'local') removeItem(`${ROUTES_BLOB_PREFIX}${ref.key}`);
  const stale = refs.filter((ref) => ref.where === 'idb').map((ref) => ref.key);
  if (stale.length === 0) return;
  await transact(
    'readwrite',
    (store) => {
      for (const key of stale.slice(1)) store.delete(key);
      return store.delete(stale[0] as string);
    },
    null,
  );
}
