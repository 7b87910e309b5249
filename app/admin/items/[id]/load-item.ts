import 'server-only';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';
import { getEditorItem } from '@/lib/items/editor';
import { idParamSchema } from '@/lib/items/schema';

/** The editor item for a URL id, or the 404 page. */
export async function loadEditorItem(rawId: string) {
  const id = idParamSchema.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getEditorItem(id.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
