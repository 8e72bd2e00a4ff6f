/** Precompiled ajv validators (see scripts/gen-validators.mjs). */
export interface GeneratedValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: GeneratedValidatorError[] | null;
}

export const validateEventBus: GeneratedValidator;
export const validateEventSource: GeneratedValidator;
export const validateSensor: GeneratedValidator;
