import { ImageResponse } from "next/og";
import { BRAND_COLORS, brandIconDataUri } from "@/lib/seo/brand";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** The home-screen icon: app/icon.svg on an opaque square, since iOS rounds the corners itself. */
export default async function AppleIcon() {
  const iconSrc = await brandIconDataUri();
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", background: BRAND_COLORS.accent }}>
        <img src={iconSrc} alt="" width={180} height={180} />
      </div>
    ),
    { ...size },
  );
}
