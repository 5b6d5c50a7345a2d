import { DateText } from "./DateText";

export function LastUpdated({ date, label = "Last updated" }: { date: string; label?: string }) {
  return (
    <p className="last-updated">
      {label} <DateText date={date} />
    </p>
  );
}
