/**
 * Ajv for JSON Schema draft-04 (the SARIF 2.1.0 schema's draft) with format
 * checks. Both packages are CommonJS; from ESM their classes are `.default`.
 */
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'

export const Ajv = ajvDraft04.default
export const addFormats = ajvFormats.default
