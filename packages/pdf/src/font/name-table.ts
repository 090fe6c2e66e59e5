/** Keeps the Windows Unicode English records (3, 1, 0x409) of a `name` table that `keep` accepts. */
export function filterNameTable(name: Uint8Array, keep: (nameId: number) => boolean): Uint8Array {
  const view = new DataView(name.buffer, name.byteOffset, name.byteLength);
  const count = view.getUint16(2);
  const strings = view.getUint16(4);
  const records: { id: number; text: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const id = view.getUint16(at + 6);
    if (view.getUint16(at) !== 3 || view.getUint16(at + 2) !== 1 || view.getUint16(at + 4) !== 0x409 || !keep(id)) continue;
    const offset = strings + view.getUint16(at + 10);
    records.push({ id, text: name.subarray(offset, offset + view.getUint16(at + 8)) });
  }
  records.sort((a, b) => a.id - b.id);
  const header = 6 + records.length * 12;
  let size = header;
  for (const record of records) size += record.text.length;
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  outView.setUint16(2, records.length);
  outView.setUint16(4, header);
  let offset = 0;
  records.forEach((record, i) => {
    const at = 6 + i * 12;
    outView.setUint16(at, 3);
    outView.setUint16(at + 2, 1);
    outView.setUint16(at + 4, 0x409);
    outView.setUint16(at + 6, record.id);
    outView.setUint16(at + 8, record.text.length);
    outView.setUint16(at + 10, offset);
    out.set(record.text, header + offset);
    offset += record.text.length;
  });
  return out;
}
