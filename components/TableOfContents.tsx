"use client";

import { useEffect, useState } from "react";

export type TocEntry = { id: string; number: number; title: string };

function hashTarget(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return "";
  }
}

/**
 * The section being read: the last one whose top has passed a line a quarter down the viewport. At the very
 * bottom, short last sections can never reach that line: there it is the one the reader jumped to, if visible,
 * else the last.
 */
function sectionInView(ids: readonly string[]): string | null {
  const line = window.innerHeight / 4;
  const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
  if (atBottom) {
    const chosen = document.getElementById(hashTarget())?.closest("section");
    const top = chosen?.getBoundingClientRect().top ?? -1;
    return chosen && ids.includes(chosen.id) && top >= 0 && top < window.innerHeight ? chosen.id : (ids.at(-1) ?? null);
  }
  let current: string | null = null;
  for (const id of ids) {
    const top = document.getElementById(id)?.getBoundingClientRect().top;
    if (top !== undefined && top <= line) current = id;
  }
  return current;
}

/**
 * The policy's table of contents. Server-rendered, so it works without JavaScript; with it, the link of the
 * section in view carries aria-current as the reader scrolls.
 */
export function TableOfContents({ sections }: { sections: readonly TocEntry[] }) {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    const ids = sections.map((section) => section.id);
    let frame = 0;
    const schedule = () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          setCurrent(sectionInView(ids));
        });
      }
    };
    schedule();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    window.addEventListener("hashchange", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
    };
  }, [sections]);

  return (
    <nav className="toc" aria-labelledby="toc-title">
      <details className="toc-details" open>
        <summary className="toc-summary">
          <h2 id="toc-title" className="toc-title">
            Contents
          </h2>
        </summary>
        <ol className="toc-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} aria-current={current === section.id ? "location" : undefined}>
                <span className="section-number">{section.number}.</span> <span className="toc-link-text">{section.title}</span>
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
