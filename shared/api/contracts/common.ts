// Schemas reused by several contract modules.
import { z } from 'zod';

export const noInput = z.object({}).strict();
