import { describe, expect, it } from "vitest";
import { formatContentError } from "@/lib/policy";
import type { ContentFile } from "@/lib/policy/files";
import { parseMarkdown } from "@/lib/policy/markdown";
import { renderHtml } from "@/lib/outputs/section-html";
import { CONTACT_FILE, parseFixture, sectionFile, validFiles, withFile, withSection } from "./fixture-content";

const FILE = "content/versions/2026-02-01/sections/05-echo.md";

function problems(files: ContentFile[]): string[] {
  return parseFixture(files).errors.map(formatContentError);
}

/** Section 5 with this body, its one clause id kept so that only the hostile part can be wrong. */
const withBody = (body: string) => withSection(validFiles(), 5, sectionFile(5, "echo", { body }));

const refusedHtml = (tag: string) =>
  `${FILE}: body: raw HTML <${tag}> is not allowed — write the text in Markdown; HTML would be dropped from the page`;

describe("content:check refuses hostile content with a message that says what to do", () => {
  it.each([
    ["a <script> element", "Before <script>alert(1)</script> after. {#echo--text}", "script"],
    ["an onerror attribute", 'A picture <img src="x" onerror="alert(1)"> here. {#echo--text}', "img"],
    ["an <iframe>", 'Text. {#echo--text}\n\n<iframe src="https://evil.example"></iframe>', "iframe"],
    ["a <style> element", "Text. {#echo--text}\n\n<style>body { display: none }</style>", "style"],
    ["an event handler on any tag", 'Some <b onclick="alert(1)">bold</b> words. {#echo--text}', "b"],
    ["an HTML comment", "Text. {#echo--text}\n\n<!-- a note -->", "!-- comment --"],
  ])("refuses %s", (_, body, tag) => {
    expect(problems(withBody(body))).toEqual([refusedHtml(tag)]);
  });

  it.each([
    ["a javascript: link", "javascript:alert(1)", "javascript:"],
    ["a javascript: link in another letter case", "JavaScript:alert(1)", "javascript:"],
    ["a data: link", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:"],
    ["a vbscript: link", "vbscript:msgbox(1)", "vbscript:"],
  ])("refuses %s", (_, url, scheme) => {
    expect(problems(withBody(`See [this](${url}). {#echo--text}`))).toEqual([
      `${FILE}: body: link ${JSON.stringify(url)} uses the ${scheme} scheme — link only to https:, http: or mailto: addresses, or to a page of this site such as /privacy/cookies`,
    ]);
  });

  it("refuses an image from another site, which would let that site count the readers", () => {
    expect(problems(withBody("Text ![](https://tracker.example/pixel.gif) here. {#echo--text}"))).toEqual([
      `${FILE}: body: image "https://tracker.example/pixel.gif" is not on this site — remove it: the policy page loads nothing from other sites, so that no one learns who reads it`,
    ]);
    expect(problems(withBody("Text ![pixel][p] here. {#echo--text}\n\n[p]: //tracker.example/p.gif"))).toContainEqual(
      expect.stringContaining('image "//tracker.example/p.gif" is not on this site'),
    );
  });

  it("names each kind of tag once, its closing tag included", () => {
    expect(problems(withBody("<b>One</b> and <b>two</b>, <i>three</i>. {#echo--text}"))).toEqual([refusedHtml("b"), refusedHtml("i")]);
  });

  it("refuses HTML in the contact page too", () => {
    const files = withFile(validFiles(), { ...CONTACT_FILE, text: `${CONTACT_FILE.text}\n<script>alert(1)</script>\n` });
    expect(problems(files)).toEqual([
      "content/contact.md: body: raw HTML <script> is not allowed — write the text in Markdown; HTML would be dropped from the page",
    ]);
  });

  it("reports HTML in a file that has other problems too, in the same run", () => {
    const files = withSection(validFiles(), 5, sectionFile(5, "echo", { frontmatter: "id: Echo\nnumber: 5\ntitle: E\nupdated: 2026-01-01", body: "Text <script>alert(1)</script>. {#echo--text}" }));
    expect(problems(files)).toEqual([refusedHtml("script"), `${FILE}: id: "Echo" is not lowercase-kebab — use "echo"`]);
  });

  it("does not mistake text, autolinks or code for HTML", () => {
    expect(problems(withBody("If a < b and c > d, write to <privacy@example.org> or see <https://example.org>; `<script>` is code. {#echo--text}"))).toEqual([]);
  });
});

describe("even if hostile content got through, it renders harmless", () => {
  const { data: policy } = parseFixture(validFiles());
  if (!policy) throw new Error("the fixture content is invalid");

  describe.each(["page", "embed", "app"] as const)("in the %s HTML", (variant) => {
    it.each([
      ["a <script> element", "<script>alert(1)</script>"],
      ["an onerror attribute", '<img src="x" onerror="alert(1)">'],
      ["an <iframe>", '<iframe src="https://evil.example"></iframe>'],
      ["a <style> element", "<style>body { display: none }</style>"],
      ["a javascript: link", "[x](javascript:alert(1))"],
      ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD4=)"],
    ])("%s is dropped by the renderer", (_, markdown) => {
      const html = renderHtml(policy, parseMarkdown(`Text ${markdown} text. {#echo--text}\n`, "hostile.md"), variant);
      expect(html).not.toMatch(/<script|<iframe|<style|<img|\son[a-z]+=|javascript:|data:/i);
    });
  });
});
