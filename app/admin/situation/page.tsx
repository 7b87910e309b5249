import { SituationForm } from '@/components/admin/SituationForm';
import { requireAdminPage } from '@/lib/auth/request';
import { getSituation } from '@/lib/situation/repository';

export const dynamic = 'force-dynamic';

export default async function SituationPage() {
  await requireAdminPage();
  return (
    <section className="admin-narrow wide">
      <h1>Situation</h1>
      <p className="muted">What the map is about: the public map’s header and page title show its name and description.</p>
      <SituationForm situation={await getSituation()} />
    </section>
  );
}
