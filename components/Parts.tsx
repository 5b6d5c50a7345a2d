import { Fragment, type ReactNode } from "react";

/** A dictionary sentence whose parts hold links or dates (lib/outputs/dictionaries), in reading order. */
export function Parts({ parts }: { parts: readonly ReactNode[] }) {
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
