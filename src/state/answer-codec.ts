import { z } from 'zod';
import type { ChecklistAnswers } from '../core/answers';
import { DEVICE_CLASSES, TOOLING_KINDS, USE_CASE_IDS } from '../core/facts';

/**
 * Checklist answers spelled as plain option values, one list per field: the kiosk's controls,
 * stored sessions and shared links all use these spellings, and every value coming back in is
 * checked here with a schema, field by field, so one bad field never spoils the rest.
 */

const FIELD_VALUES = {
  region: ['open-everywhere-now', 'flexible'],
  needsCashOut: ['yes', 'no'],
  useCase: USE_CASE_IDS,
  devices: DEVICE_CLASSES,
  tooling: TOOLING_KINDS,
  wallet: ['never', 'acceptable', 'wanted'],
  budget: ['none', 'modest', 'flexible'],
  hardware: ['low-end', 'mixed', 'high-end'],
  connection: ['slow', 'fast'],
  support: ['essential', 'helpful', 'unimportant'],
} as const satisfies Record<keyof ChecklistAnswers, readonly string[]>;

export type AnswerField = keyof typeof FIELD_VALUES;

/** Every answer field, in the checklist's order. */
export const ANSWER_FIELDS = Object.keys(FIELD_VALUES) as readonly AnswerField[];

const MULTI_FIELDS: ReadonlySet<AnswerField> = new Set<AnswerField>(['devices', 'tooling']);

export function isMultiField(field: AnswerField): boolean {
  return MULTI_FIELDS.has(field);
}

export function isAnswerField(value: string): value is AnswerField {
  return Object.hasOwn(FIELD_VALUES, value);
}

const answersSchema = z.object({
  region: z.enum(FIELD_VALUES.region).optional(),
  needsCashOut: z.boolean().optional(),
  useCase: z.enum(FIELD_VALUES.useCase).optional(),
  devices: z.array(z.enum(FIELD_VALUES.devices)).optional(),
  tooling: z.array(z.enum(FIELD_VALUES.tooling)).optional(),
  wallet: z.enum(FIELD_VALUES.wallet).optional(),
  budget: z.enum(FIELD_VALUES.budget).optional(),
  hardware: z.enum(FIELD_VALUES.hardware).optional(),
  connection: z.enum(FIELD_VALUES.connection).optional(),
  support: z.enum(FIELD_VALUES.support).optional(),
});

// Compile-time proof that whatever the schema lets through is a valid ChecklistAnswers.
const _fits: (parsed: z.infer<typeof answersSchema>) => ChecklistAnswers = (parsed) => parsed;
void _fits;

/** The values chosen for one field ("yes"/"no" for the one yes-or-no field). */
export function chosenValues(answers: ChecklistAnswers, field: AnswerField): readonly string[] {
  const value = answers[field];
  if (value === undefined) return [];
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (typeof value === 'string') return [value];
  return value;
}

/** The field's answer for these values (undefined for none), before validation. */
function decode(field: AnswerField, values: readonly string[]): unknown {
  if (values.length === 0) return undefined;
  if (isMultiField(field)) return [...new Set(values)];
  if (field === 'needsCashOut')
    return values[0] === 'yes' ? true : values[0] === 'no' ? false : values[0];
  return values[0];
}

export type FieldParse =
  | { readonly ok: true; readonly answers: ChecklistAnswers }
  | { readonly ok: false; readonly problem: string };

/** Sets one field from option values, checked; an empty list clears the field. */
export function withValues(
  answers: ChecklistAnswers,
  field: AnswerField,
  values: readonly string[],
): FieldParse {
  const rest = withoutFields(answers, [field]);
  const decoded = decode(field, values);
  if (decoded === undefined) return { ok: true, answers: rest };
  const parsed = answersSchema.safeParse({ ...rest, [field]: decoded });
  if (parsed.success) return { ok: true, answers: parsed.data };
  const shown = values.join(', ').slice(0, 40);
  return { ok: false, problem: `"${shown}" is not an answer for ${field}` };
}

/** A single choice replaces the field's value; a multi choice toggles the value in its list. */
export function withChoice(
  answers: ChecklistAnswers,
  field: AnswerField,
  value: string,
): ChecklistAnswers {
  const current = chosenValues(answers, field);
  let values: readonly string[] = [value];
  if (isMultiField(field)) {
    values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  }
  const result = withValues(answers, field, values);
  if (!result.ok) throw new Error(`[kiosk] ${result.problem}`);
  return result.answers;
}

export function withoutFields(
  answers: ChecklistAnswers,
  fields: readonly AnswerField[],
): ChecklistAnswers {
  const kept = Object.entries(answers).filter(([key]) => !fields.some((field) => field === key));
  return answersSchema.parse(Object.fromEntries(kept));
}
