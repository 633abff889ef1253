import { z } from 'astro/zod';
import { expecting, expectingOneOf } from './expecting';

/** The estimator's inputs; the arithmetic (src/components/airlift/estimate.ts) knows what each one means. */
export const estimateInputIds = ['people', 'vehicles', 'vehicle-tonnes', 'cargo'] as const;
export type EstimateInputId = (typeof estimateInputIds)[number];

const units: Record<EstimateInputId, string> = {
  people: 'people',
  vehicles: 'vehicles',
  'vehicle-tonnes': 't',
  cargo: 't',
};

/**
 * One input of the airlift estimate (`content/data/airlift-estimate.json`): its label, unit, the
 * example value the page starts with (and the table without JavaScript shows), and the largest
 * value the reader may enter.
 */
export const estimateInputSchema = z
  .object({
    id: z.enum(estimateInputIds, expectingOneOf('an input of the estimate', estimateInputIds)),
    label: z
      .string(expecting('a label, e.g. "People"'))
      .min(3, expecting('a label, e.g. "People"')),
    unit: z.string(expecting('the unit: people, vehicles or t')),
    hint: z
      .string(expecting('a short hint under the field'))
      .min(5, expecting('a short hint under the field')),
    example: z
      .number(expecting('the value the page starts with, a whole number from 0'))
      .int(expecting('a whole number'))
      .min(0, expecting('a whole number from 0'))
      .optional(),
    max: z
      .number(expecting('the largest value a reader may enter, a whole number above 0'))
      .int(expecting('a whole number'))
      .positive(expecting('a whole number above 0')),
  })
  .strict()
  .superRefine((input, context) => {
    const unit = units[input.id];
    if (input.unit !== unit)
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        input: input.unit,
        message: `got ${JSON.stringify(input.unit)}; expected the unit "${unit}" for ${input.id}`,
      });
    if (input.example !== undefined && input.example > input.max)
      context.addIssue({
        code: 'custom',
        path: ['example'],
        input: input.example,
        message: `got ${input.example}; expected an example no larger than max (${input.max})`,
      });
  });

export type EstimateInput = z.infer<typeof estimateInputSchema>;
