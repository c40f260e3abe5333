import React, { useCallback, useEffect, useState } from 'react';

interface AuditEntry {
  id: number;
  actor: string;
  action: string;
  at: string;
}

const LEGEND_HTML = '<span class="legend">Entries older than 90 days are archived.</span>';

function Row({ entry }: { entry: AuditEntry }) {
  return (
    <tr>
      <td>{entry.id}</td>
      <td>{entry.actor}</td>
      <td>{entry.action}</td>
      <td>{new Date(entry.at).toLocaleString()}</td>
    </tr>
  );
}

export default function AdminPanel() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [filter, setFilter] = useState('');

  const load = useCallback(async () => {
    // ok: sandbox.net
    const resp = await fetch(`/api/admin/audit?actor=${encodeURIComponent(filter)}`);
    setEntries((await resp.json()) as AuditEntry[]);
  }, [filter]);

  useEffect(() => {
    void load();
  }, [load]);

  // ok: injection.xss
  const legend = <p dangerouslySetInnerHTML={{ __html: LEGEND_HTML }} />;

  return (
    <section className="admin-panel">
      <h2>Audit log</h2>
      <input value={filter} placeholder="Filter by actor" onChange={(e) => setFilter(e.target.value)} />
      <table>
        <tbody>
          {entries.map((e) => (
            <Row key={e.id} entry={e} />
          ))}
        </tbody>
      </table>
      {legend}
      {/* Search terms are rendered as text, never as HTML. */}
      <p className="hint">Showing results for: {filter || 'everyone'}</p>
    </section>
  );
}
