import { crc32, deflateRawSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import type { FileSpec } from "../../fixtures/bad-inputs/uploads";

/**
 * Turns the corpus's data into what is sent: `{{name}}` placeholders become the world's ids,
 * `{"$repeat": [text, times]}` a long string, and file recipes the bytes of a file.
 */
export function expand(value: unknown, ids: Record<string, string>): unknown {
  if (typeof value === "string")
    return value.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      if (name === "now") return new Date().toISOString();
      if (name === "nextWeek") return new Date(Date.now() + 7 * 86_400_000).toISOString();
      return ids[name] ?? whole;
    });
  if (Array.isArray(value)) return value.map((item) => expand(item, ids));
  if (value && typeof value === "object") {
    const repeat = (value as { $repeat?: [string, number] }).$repeat;
    if (repeat) return repeat[0].repeat(repeat[1]);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = expand(item, ids);
    return copy;
  }
  return value;
}

/**
 * A zip of `entries` files of zeros, `megabytes` in all once inflated, a few hundred KB as sent: built
 * with node's zlib (fast) and a minimal zip writer (local headers, central directory, end record).
 */
function zipBomb(megabytes: number, entries: number): Uint8Array {
  const size = Math.floor((megabytes * 1024 * 1024) / entries);
  const zeros = Buffer.alloc(size);
  const data = deflateRawSync(zeros, { level: 9 });
  const crc = crc32(zeros);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let index = 0; index < entries; index++) {
    const name = Buffer.from(`item-${index}.xml`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const built = new Map<string, Uint8Array>();

export function fileBytes(spec: FileSpec): Uint8Array {
  const key = JSON.stringify(spec);
  const cached = built.get(key);
  if (cached) return cached;
  const recipe = spec.build;
  let bytes: Uint8Array;
  if (!recipe) bytes = strToU8(spec.text ?? "");
  else if (recipe.kind === "repeat") bytes = strToU8(recipe.text.repeat(recipe.times));
  else if (recipe.kind === "bytes") bytes = Buffer.from(recipe.hex, "hex");
  else if (recipe.kind === "truncate") bytes = strToU8(recipe.text.slice(0, recipe.at));
  else if (recipe.kind === "zip")
    bytes = zipSync(Object.fromEntries(Object.entries(recipe.entries).map(([name, text]) => [name, strToU8(text)])));
  else if (recipe.kind === "zip-bomb") bytes = zipBomb(recipe.megabytes, recipe.entries);
  else {
    const rows = Array.from({ length: recipe.rows }, (_, index) => `fill in,Q${index}?,,,,,,,a,b\n`);
    bytes = strToU8(
      `Type,Question,Choice A,Choice B,Choice C,Choice D,Choice E,Choice F,Answer,Explanation\n${rows.join("")}`,
    );
  }
  built.set(key, bytes);
  return bytes;
}
