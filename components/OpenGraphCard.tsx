import { ImageResponse } from "next/og";
import { BRAND_COLORS, brandIconDataUri, OG_IMAGE_SIZE } from "@/lib/seo/brand";

export type OpenGraphCardProps = {
  /** Data URI of the site's mark. */
  iconSrc: string;
  siteName: string;
  /** Small label above the title, e.g. the policy's title. */
  kicker?: string;
  /** Optional highlighted label, e.g. "Section 5 of 10". */
  badge?: string;
  title: string;
  /** e.g. "Last updated 26 November 2026" */
  footnote: string;
  /** The page's address, e.g. "smartsiptv.fr/privacy/cookies". */
  address: string;
};

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
        background: BRAND_COLORS.dark,
        color: BRAND_COLORS.darkText,
        padding: "56px 80px 48px 96px",
        borderLeft: `24px solid ${BRAND_COLORS.accent}`,
        fontSize: 32,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        {/* Satori draws <img> only; next/image does not apply here. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={iconSrc} alt="" width={72} height={72} />
        <div style={{ display: "flex", fontSize: 40, color: BRAND_COLORS.darkText }}>{siteName}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ display: "flex", alignItems: "center", gap: 24, fontSize: 34, color: BRAND_COLORS.darkLink }}>
          {kicker ? <div style={{ display: "flex" }}>{kicker}</div> : null}
          {badge ? (
            <div
              style={{
                display: "flex",
                background: BRAND_COLORS.accent,
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
          borderTop: `2px solid ${BRAND_COLORS.accent}`,
          paddingTop: 24,
          fontSize: 30,
          color: BRAND_COLORS.darkMuted,
        }}
      >
        <div style={{ display: "flex", color: BRAND_COLORS.darkLink }}>{address}</div>
        <div style={{ display: "flex" }}>{footnote}</div>
      </div>
    </div>
  );
}

/** The card as a 1200×630 PNG response, for the opengraph-image routes. */
export async function renderOpenGraphCard(props: Omit<OpenGraphCardProps, "iconSrc">): Promise<ImageResponse> {
  return new ImageResponse(<OpenGraphCard iconSrc={await brandIconDataUri()} {...props} />, { ...OG_IMAGE_SIZE });
}
