import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';
import { idParamSchema } from '@/lib/items/schema';
import { getSource } from '@/lib/sources/repository';

/** The article an admin page is about, or the not-found page for an id that names none. */
export async function loadAdminSource(rawId: string) {
  const id = idParamSchema.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getSource(id.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
