import QRCode from "qrcode";

/** Modules of white border the QR specification asks for around the code, so that a reader finds its edges. */
const QUIET_ZONE = 4;

/** One path for the dark modules, row by row, each run of dark modules one rectangle. */
function modulesPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const commands: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      let end = col;
      while (end < modules.size && modules.get(row, end)) end += 1;
      commands.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h${end - col}v1h${col - end}z`);
      col = end;
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: commands.join("") };
}

/**
 * A QR code as React SVG elements, computed on the server at build time: no image request, no script, and no HTML
 * string injected. Always dark on white, whatever the theme, as QR readers expect.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = modulesPath(text);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      className={className}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
