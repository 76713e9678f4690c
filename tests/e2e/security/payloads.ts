import { Zip, ZipDeflate, strToU8, zipSync } from "fflate";
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

function zipBomb(megabytes: number, entries: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const perEntry = Math.floor((megabytes * 1024 * 1024) / entries);
  const chunk = new Uint8Array(Math.min(perEntry, 1024 * 1024));
  for (let index = 0; index < entries; index++) {
    const file = new ZipDeflate(`item-${index}.xml`, { level: 9 });
    zip.add(file);
    for (let written = 0; written < perEntry; written += chunk.length)
      file.push(chunk.subarray(0, Math.min(chunk.length, perEntry - written)), written + chunk.length >= perEntry);
  }
  zip.end();
  return Buffer.concat(parts);
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
