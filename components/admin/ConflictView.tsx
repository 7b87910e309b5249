'use client';
// Shown on a 409: someone saved in between. Both versions side by side, field by field, so the
// editor can take theirs where it is better and keep the rest of their own.
import type { Geometry } from 'geojson';
import { differingFields, FIELD_LABELS, toItemForm, type ItemFormState } from '@/lib/admin/item-form';
import type { EditorItem } from '@/lib/items/schema';

function show(field: keyof ItemFormState, value: ItemFormState[keyof ItemFormState]): string {
  if (field === 'geometry') {
    const geometry = value as Geometry | null;
    return geometry ? `${geometry.type}, ${JSON.stringify(geometry).length} characters of GeoJSON` : 'none';
  }
  if (Array.isArray(value)) return value.join(', ') || '—';
  return String(value ?? '') || '—';
}

interface ConflictViewProps {
  mine: ItemFormState;
  theirs: EditorItem;
  onTakeField: (field: keyof ItemFormState) => void;
  onTakeAll: () => void;
  onKeepMine: () => void;
}

export function ConflictView({ mine, theirs, onTakeField, onTakeAll, onKeepMine }: ConflictViewProps) {
  const fields = differingFields(mine, theirs);
  const their = toItemForm(theirs.input);
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Someone else saved this item (version {theirs.version}) while you were editing</h2>
      {theirs.deletedAt && <p>They deleted it.</p>}
      {fields.length === 0 ? (
        <p>Their version has the same content as yours.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Their version</th>
              <th scope="col">Your version</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{FIELD_LABELS[field]}</th>
                <td className="theirs">{show(field, their[field])}</td>
                <td className="mine">{show(field, mine[field])}</td>
                <td>
                  <button type="button" onClick={() => onTakeField(field)}>
                    Take theirs
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" onClick={onKeepMine}>
          Keep the form as it is, on top of their version
        </button>{' '}
        <button type="button" onClick={onTakeAll}>
          Discard mine, load theirs
        </button>
      </p>
    </section>
  );
}
