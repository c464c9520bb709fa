import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';

/** The limits of one field as OpenAPI states them. */
export interface FieldLimits {
  type?: 'integer';
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  /** Limits on each element of an array. */
  items?: Omit<FieldLimits, 'items'>;
}

interface Metadata {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
  target: unknown;
}

type Storage = {
  validationMetadatas: Map<unknown, Metadata[]>;
  getTargetValidationMetadatas(target: unknown, schema: string, always: boolean, strict: boolean): Metadata[];
};

const storage = () => getMetadataStorage() as unknown as Storage;

/** The limits each class-validator decorator of a class declares, per property. */
export function validatorLimits(target: new () => unknown): Map<string, FieldLimits> {
  const out = new Map<string, FieldLimits>();
  for (const m of storage().getTargetValidationMetadatas(target, '', true, false)) {
    if (m.type !== 'customValidation' || !m.name) continue;
    const limits = out.get(m.propertyName) ?? {};
    const on: Omit<FieldLimits, 'items'> = m.each ? (limits.items ??= {}) : limits;
    const [a, b] = m.constraints ?? [];
    switch (m.name) {
      case 'isInt':
        on.type = 'integer';
        break;
      case 'min':
        on.minimum = Number(a);
        break;
      case 'max':
        on.maximum = Number(a);
        break;
      case 'isLength':
        on.minLength = Number(a);
        if (typeof b === 'number') on.maxLength = b;
        break;
      case 'minLength':
        on.minLength = Number(a);
        break;
      case 'maxLength':
        on.maxLength = Number(a);
        break;
      case 'matches':
        on.pattern = a instanceof RegExp ? a.source : String(a);
        break;
      case 'arrayMinSize':
        limits.minItems = Number(a);
        break;
      case 'arrayMaxSize':
        limits.maxItems = Number(a);
        break;
      default:
        continue;
    }
    out.set(m.propertyName, limits);
  }
  return out;
}

/** Every class with class-validator decorators, by name (the name swagger gives its schema). */
function validatedClasses(): Map<string, new () => unknown> {
  const classes = new Map<string, new () => unknown>();
  for (const target of storage().validationMetadatas.keys()) {
    if (typeof target === 'function' && target.name) classes.set(target.name, target as new () => unknown);
  }
  return classes;
}

/**
 * Writes every limit the validators enforce into the OpenAPI document, so that the document and
 * the validation cannot disagree; a limit an @ApiProperty states differently stops the build.
 */
export function applyValidatorLimits(document: OpenAPIObject): void {
  const classes = validatedClasses();
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const target = classes.get(name);
    if (!target || !('properties' in schema) || !schema.properties) continue;
    for (const [property, limits] of validatorLimits(target)) {
      const prop = schema.properties[property];
      if (prop && !('$ref' in prop)) merge(prop, limits, `${name}.${property}`);
    }
  }
  // Query parameters come from *QueryDto classes; a parameter name means the same in each of them.
  const queryLimits = new Map<string, FieldLimits>();
  for (const [name, target] of classes) {
    if (!name.endsWith('QueryDto')) continue;
    for (const [property, limits] of validatorLimits(target)) {
      const known = queryLimits.get(property);
      if (known && JSON.stringify(known) !== JSON.stringify(limits))
        throw new Error(`Query parameter ${property} has different limits in different query DTOs`);
      queryLimits.set(property, limits);
    }
  }
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of [pathItem.get, pathItem.put, pathItem.post, pathItem.delete, pathItem.patch]) {
      for (const p of (operation?.parameters ?? []) as (ParameterObject | ReferenceObject)[]) {
        if ('$ref' in p || p.in !== 'query' || !p.schema || '$ref' in p.schema) continue;
        const limits = queryLimits.get(p.name);
        if (limits) merge(p.schema, { ...limits, type: undefined }, `query parameter ${p.name}`);
      }
    }
  }
}

function merge(schema: SchemaObject, limits: FieldLimits, where: string): void {
  const { items, type, ...own } = limits;
  for (const [key, value] of Object.entries(own) as [keyof SchemaObject, unknown][]) {
    const stated = schema[key] as unknown;
    if (stated !== undefined && stated !== value)
      throw new Error(`${where}: @ApiProperty states ${key} ${String(stated)}, the validator ${String(value)}`);
    (schema as Record<string, unknown>)[key] = value;
  }
  if (type === 'integer' && schema.type === 'number') schema.type = 'integer';
  if (items && schema.items && !('$ref' in schema.items)) merge(schema.items, items, `${where}[]`);
}
