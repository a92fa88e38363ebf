/** Byte strings that pass (or fail) the magic-byte check; the tail makes each distinct. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function png(tag: string, size = 0): Uint8Array {
  return withTail(PNG_SIGNATURE, tag, size);
}

export function jpeg(tag: string): Uint8Array {
  return withTail([0xff, 0xd8, 0xff, 0xe0], tag, 0);
}

function withTail(head: number[], tag: string, size: number): Uint8Array {
  const tail = new TextEncoder().encode(tag);
  const out = new Uint8Array(Math.max(head.length + tail.length, size));
  out.set(head, 0);
  out.set(tail, head.length);
  return out;
}
