// Record ids made before the rows are written, so a bulk insert can link a forecast to its
// option probabilities without reading anything back. Same shape as Prisma's cuid() ids
// (lib/validation/common.ts recordId): "c", a time part and random base-36 characters.
import { randomBytes } from "node:crypto";

let counter = 0;

export function newRecordId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const count = counter.toString(36).padStart(4, "0");
  const random = [...randomBytes(12)].map((byte) => (byte % 36).toString(36)).join("");
  return `c${time}${count}${random}`;
}
