import { dictionaryOf } from "@/lib/outputs/language";
import { QrCode } from "./QrCode";
import "./qr-handoff.css";

/**
 * "Scan to read on your phone": hands a section over from a TV or a shared screen to the reader's phone. The
 * address is written out too, for anyone who cannot scan.
 */
export function QrHandoff({ url, language }: { url: string; language: string }) {
  const words = dictionaryOf(language);
  const display = url.replace(/^https?:\/\//, "");
  return (
    <figure className="qr-handoff">
      <QrCode text={url} label={words.qrCodeOf(url)} className="qr-code" />
      <figcaption className="qr-caption">
        <span className="qr-caption-title">{words.scanToRead}</span>
        <span className="qr-url">{display}</span>
      </figcaption>
    </figure>
  );
}
