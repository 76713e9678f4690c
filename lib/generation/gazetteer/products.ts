import escapeStringRegexp from "escape-string-regexp";
import { PRODUCTS_BY_MAKER } from "../data/products.data";

const PRODUCT_PATTERNS = new Map(
  Object.entries(PRODUCTS_BY_MAKER).map(
    ([maker, products]) =>
      [maker, new RegExp(`\\b(?:${products.map(escapeStringRegexp).join("|")})(?![\\w-])`)] as const,
  ),
);

/** Whether `text` names a product of `maker` ("the newest iPhone" for Apple). */
export function namesProductOf(maker: string, text: string): boolean {
  return PRODUCT_PATTERNS.get(maker)?.test(text) ?? false;
}

/** Whether `text` names a maker or one of its products ("iPhone" names Apple). */
export function namesAMakerOrItsProduct(text: string): boolean {
  for (const [maker, pattern] of PRODUCT_PATTERNS) if (text.includes(maker) || pattern.test(text)) return true;
  return false;
}
