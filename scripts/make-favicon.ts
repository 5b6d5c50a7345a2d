// `npx tsx scripts/make-favicon.ts`: writes app/favicon.ico from app/icon.svg. Run it after changing the icon
// and commit both. Browsers ask for /favicon.ico on their own (Chrome does on every page without a
// <link rel=icon> it can use), so the site serves a real file there rather than a 404.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { createElement } from "react";
import { readSiteIconDataUri } from "../lib/policy/files";

const SIZES = [16, 32, 48];

async function renderPng(iconSrc: string, size: number): Promise<Buffer> {
  const image = createElement("img", { src: iconSrc, alt: "", width: size, height: size });
  const frame = createElement("div", { style: { display: "flex", width: "100%", height: "100%" } }, image);
  const response = new ImageResponse(frame, { width: size, height: size });
  return Buffer.from(await response.arrayBuffer());
}

/** An ICO file holding PNG images (supported by every browser since Windows Vista-era IE). */
function packIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

async function main() {
  const iconSrc = readSiteIconDataUri(process.cwd());
  const images = [];
  for (const size of SIZES) images.push({ size, png: await renderPng(iconSrc, size) });
  const target = path.join(process.cwd(), "app", "favicon.ico");
  await writeFile(target, packIco(images));
  console.log(`Wrote ${path.relative(process.cwd(), target)} (${SIZES.join(", ")} px)`);
}

void main();
