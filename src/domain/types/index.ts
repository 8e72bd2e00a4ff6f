/**
 * The Argo Events model, mirroring the CRDs field for field (generated from schema.json; see
 * scripts/gen-types.mjs). Everything is plain JSON. Values read from YAML keep fields this version
 * does not know: `Open<T>` types them as `unknown` rather than dropping or `any`-typing them.
 */
import type { Sensor as GeneratedSensor } from './generated/index';

export type * from './generated/index';

/** A type that may carry extra fields beyond the schema's, typed `unknown`. */
type Open<T> = T & { [field: string]: unknown };

export type SensorManifest = Open<GeneratedSensor>;
