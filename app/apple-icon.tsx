import { ImageResponse } from "next/og";
import { PALETTE } from "@/lib/outputs/palette";
import { readSiteIconDataUri } from "@/lib/policy/files";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** The home-screen icon: app/icon.svg on an opaque square, since iOS rounds the corners itself. */
export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", background: PALETTE.light.accent }}>
        <img src={readSiteIconDataUri(process.cwd())} alt="" width={180} height={180} />
      </div>
    ),
    { ...size },
  );
}
