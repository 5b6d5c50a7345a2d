import { DateText } from "./DateText";

export function LastUpdated({ date, label, language }: { date: string; label: string; language: string }) {
  return (
    <p className="last-updated">
      {label} <DateText date={date} language={language} />
    </p>
  );
}
