import { useEffect, useState } from 'react';
import type { SchemaDocument } from '../../domain/schema/fieldModel';

let cached: SchemaDocument | null = null;
let loading: Promise<SchemaDocument> | null = null;

/** The Argo Events JSON schema, loaded on first use so it stays out of the initial bundle. */
export function useArgoSchema(): SchemaDocument | null {
  const [doc, setDoc] = useState(cached);
  useEffect(() => {
    if (cached) return;
    let live = true;
    loading ??= import('../../../third_party/argo-events/schema/schema.json').then(
      (m) => (cached = m.default as unknown as SchemaDocument),
    );
    void loading.then((d) => live && setDoc(d));
    return () => {
      live = false;
    };
  }, []);
  return doc;
}
