import { z } from 'zod';

/** A policy topic (content/topics.yaml): a clause addresses it when it contains one of its keywords. */
export const Topic = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Chinese name: 乡村振兴. */
    name: z.string().min(1),
    nameEn: z.string().min(1),
    /** Other English wordings readers search with (Yellow River, starting zone). */
    keywordsEn: z.array(z.string().min(1)).default([]),
    /** One sentence: what the topic covers. */
    description: z.string().min(1),
    /** Words that mark a clause as addressing the topic, as the reports write them. */
    keywords: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Topic = z.infer<typeof Topic>;
