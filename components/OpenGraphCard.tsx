import { ImageResponse } from "next/og";
import type { OgCard } from "@/lib/outputs/og-cards";
import { OG_IMAGE_SIZE, PALETTE } from "@/lib/outputs/palette";
import { readSiteIconDataUri } from "@/lib/policy/files";

export type OpenGraphCardProps = Omit<OgCard, "alt"> & {
  /** Data URI of the site's mark. */
  iconSrc: string;
};

// The card is drawn in the dark theme, framed by the light theme's accent.
const colours = { background: PALETTE.dark.background, text: PALETTE.dark.text, muted: PALETTE.dark.muted, link: PALETTE.dark.link, accent: PALETTE.light.accent };

/**
 * A link-preview card, drawn by next/og (Satori): inline styles only, and every element with several children
 * is a flex box. Text uses next/og's bundled font, so nothing is downloaded at build.
 */
export function OpenGraphCard({ iconSrc, siteName, kicker, badge, title, footnote, address }: OpenGraphCardProps) {
  // Long titles ("How We Use Your Information") must still fit two lines at the card's width.
  const titleSize = title.length > 24 ? 76 : 96;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: colours.background,
        color: colours.text,
        padding: "56px 80px 48px 96px",
        borderLeft: `24px solid ${colours.accent}`,
        fontSize: 32,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        {/* Satori draws <img> only; next/image does not apply here. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={iconSrc} alt="" width={72} height={72} />
        <div style={{ display: "flex", fontSize: 40, color: colours.text }}>{siteName}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ display: "flex", alignItems: "center", gap: 24, fontSize: 34, color: colours.link }}>
          {kicker ? <div style={{ display: "flex" }}>{kicker}</div> : null}
          {badge ? (
            <div
              style={{
                display: "flex",
                background: colours.accent,
                color: "#ffffff",
                borderRadius: 12,
                padding: "6px 20px",
              }}
            >
              {badge}
            </div>
          ) : null}
        </div>
        <div style={{ display: "flex", fontSize: titleSize, lineHeight: 1.1, color: "#ffffff", maxWidth: 1000 }}>{title}</div>
      </div>
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          gap: 8,
          borderTop: `2px solid ${colours.accent}`,
          paddingTop: 24,
          fontSize: 30,
          color: colours.muted,
        }}
      >
        <div style={{ display: "flex", color: colours.link }}>{address}</div>
        <div style={{ display: "flex" }}>{footnote}</div>
      </div>
    </div>
  );
}

/** The card as a 1200×630 PNG response, for the opengraph-image routes. */
export function renderOpenGraphCard(card: OgCard): ImageResponse {
  return new ImageResponse(<OpenGraphCard iconSrc={readSiteIconDataUri(process.cwd())} {...card} />, { ...OG_IMAGE_SIZE });
}
