import type { Locator } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/** Reads a QR code the way a phone would: from pixels on the screen. Null when it cannot be read. */
export async function decodeQr(element: Locator): Promise<string | null> {
  const image = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
