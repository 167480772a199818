/**
 * The drawing of the link-preview cards, for next/og's ImageResponse (Satori: flexbox only,
 * every element with several children needs display:flex). What text goes where is decided in
 * lib/og-card.ts; this only lays it out. Colours follow the app (slate text, type colours).
 */
import { ImageResponse } from "next/og";
import { CARD_SIZE, type EventCard, type SiteCard } from "@/lib/og-card";
import type { CardAssets } from "@/lib/og-assets";
import { groupDigits } from "@/lib/format";

const SLATE_900 = "#0f172a";
const SLATE_700 = "#334155";
const SLATE_600 = "#475569";
const AMBER_900 = "#78350f";

function Frame({ accent, label, children }: { accent: string; label?: string; children: React.ReactNode }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#f8fafc", color: SLATE_900 }}>
      <div style={{ width: 16, height: "100%", background: accent }} />
      <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: "48px 64px 44px 56px" }}>
        {label && <div style={{ display: "flex", fontSize: 28, color: SLATE_600, letterSpacing: 0.5 }}>{label}</div>}
        {children}
      </div>
    </div>
  );
}

function OneLine({ children, size, color }: { children: string; size: number; color: string }) {
  return (
    <div style={{ display: "block", fontSize: size, color, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", lineHeight: 1.3 }}>
      {children}
    </div>
  );
}

export function EventCardImage({ card }: { card: EventCard }) {
  return (
    <Frame accent={card.type.color} label={card.siteName}>
      <div style={{ display: "flex", alignItems: "center", marginTop: 28, fontSize: 30, color: SLATE_700 }}>
        <div style={{ width: 22, height: 22, borderRadius: 4, background: card.type.color, marginRight: 14 }} />
        <div style={{ display: "flex" }}>{card.type.label}</div>
        {card.status && (
          <div style={{ display: "flex", marginLeft: 18, padding: "2px 14px", borderRadius: 999, border: `2px solid ${AMBER_900}`, color: AMBER_900, fontSize: 24 }}>
            {card.status}
          </div>
        )}
        <div style={{ display: "flex", marginLeft: 18, color: SLATE_600 }}>·</div>
        <div style={{ display: "flex", marginLeft: 18, color: card.dated ? SLATE_900 : AMBER_900 }}>{card.date}</div>
      </div>
      <div
        style={{ display: "block", marginTop: 18, fontSize: card.headlineSize, lineHeight: 1.15, letterSpacing: -0.5, lineClamp: 3, overflow: "hidden" }}
      >
        {card.headline}
      </div>
      {card.actors && <div style={{ display: "flex", marginTop: 18 }}><OneLine size={28} color={SLATE_700}>{card.actors}</OneLine></div>}
      <div style={{ flex: 1 }} />
      <div style={{ display: "flex", flexDirection: "column", borderTop: "2px solid #e2e8f0", paddingTop: 18 }}>
        <OneLine size={26} color={SLATE_900}>{card.sources.heading}</OneLine>
        {card.sources.titles.map((title, i) => (
          <OneLine key={i} size={22} color={SLATE_600}>{`“${title}”`}</OneLine>
        ))}
        {card.sources.more && <OneLine size={22} color={SLATE_600}>{card.sources.more}</OneLine>}
      </div>
    </Frame>
  );
}

export function SiteCardImage({ card }: { card: SiteCard }) {
  return (
    <Frame accent="#1d4ed8">
      <div style={{ display: "flex", marginTop: 24, fontSize: 84, lineHeight: 1.1, letterSpacing: -1 }}>{card.siteName}</div>
      <div style={{ display: "flex", marginTop: 20, fontSize: 36, color: SLATE_700 }}>
        Dated diplomatic events from news articles, each linked to its passage
      </div>
      <div style={{ flex: 1 }} />
      <div style={{ display: "flex", fontSize: 40 }}>{card.counts}</div>
      {card.span && <div style={{ display: "flex", marginTop: 8, fontSize: 32, color: SLATE_700 }}>{card.span}</div>}
      <div style={{ display: "flex", marginTop: 28, height: 18, width: "100%", borderRadius: 9, overflow: "hidden", background: "#e2e8f0" }}>
        {card.types.map((t) => (
          <div key={t.label} style={{ width: `${(t.share * 100).toFixed(2)}%`, height: "100%", background: t.color }} />
        ))}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", marginTop: 14, fontSize: 22, color: SLATE_600 }}>
        {card.types.map((t) => (
          <div key={t.label} style={{ display: "flex", alignItems: "center", marginRight: 26 }}>
            <div style={{ width: 14, height: 14, borderRadius: 3, background: t.color, marginRight: 8 }} />
            {`${t.label} ${groupDigits(t.count)}`}
          </div>
        ))}
        {card.otherTypes > 0 && <div style={{ display: "flex" }}>{`Other ${groupDigits(card.otherTypes)}`}</div>}
      </div>
    </Frame>
  );
}

/**
 * The card as a palette PNG. resvg draws full-colour RGBA (54-92 KB a card); a card is a few flat
 * colours and anti-aliased text, which 256 colours hold with no visible change at about a third of
 * the bytes: at 100,000 events the 1,000 prerendered cards went from 77 MB to about 30 MB of the
 * site (docs/scale.md). libimagequant is deterministic: the same card, the same bytes.
 */
async function asPalettePng(image: ImageResponse): Promise<Response> {
  const { default: sharp } = await import("sharp");
  const png = await sharp(Buffer.from(await image.arrayBuffer())).png({ palette: true, quality: 90, effort: 4 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: image.headers });
}

/** The PNG of an event's card. Only the given font is used, so nothing is fetched (see lib/og-text.ts). */
export function eventCardResponse(card: EventCard, assets: Pick<CardAssets, "fonts">): Promise<Response> {
  return asPalettePng(new ImageResponse(<EventCardImage card={card} />, { ...CARD_SIZE, fonts: assets.fonts }));
}

export function siteCardResponse(card: SiteCard, assets: Pick<CardAssets, "fonts">): Promise<Response> {
  return asPalettePng(new ImageResponse(<SiteCardImage card={card} />, { ...CARD_SIZE, fonts: assets.fonts }));
}
