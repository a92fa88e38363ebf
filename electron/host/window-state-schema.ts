/** Where the main window was, so it reopens there. Stored beside the settings. */
import { z } from 'zod';

export const WindowStateSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof WindowStateSchema>;
