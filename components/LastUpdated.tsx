import { formatDate } from "@/lib/outputs/language";

export function LastUpdated({ date, label = "Last updated" }: { date: string; label?: string }) {
  return (
    <p className="last-updated">
      {label} <time dateTime={date}>{formatDate(date)}</time>
    </p>
  );
}
