import type { ParsedDesignFile } from '../domain/design/design';
import { compareDiagnostics, type Diagnostic } from '../domain/validation/diagnostic';
import { validateDesign } from '../domain/validation/validate';
import { dataKeyAdvice } from './advice/dataKeyAdvice';

/**
 * Everything the project says about a design: the controller's rules and the cross-resource checks
 * (`validateDesign`), plus the dataKey advice that needs the sources' payloads. One function for
 * the app's Problems list, `eventflow validate` and export, and lesson grading, so they never
 * disagree. Sorted by file and position; never throws.
 */
export function checkDesign(files: readonly ParsedDesignFile[]): Diagnostic[] {
  return [...validateDesign(files), ...dataKeyAdvice(files)].sort(compareDiagnostics);
}
