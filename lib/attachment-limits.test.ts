import { describe, expect, it } from "vitest";
import { acceptFor, browserFileProblem, fileListProblem } from "./attachment-limits";

const limits = { maxSizeMb: 5, maxCount: 3, types: ["pdf", "jpg", "png"] as ("pdf" | "jpg" | "png")[] };
const mb = 1024 * 1024;

describe("the attachment rules a form checks before sending", () => {
  it("passes files within the store's limits, jpeg counting as jpg", () => {
    expect(browserFileProblem([{ name: "a.pdf", size: 5 * mb }, { name: "b.JPEG", size: 10 }], limits)).toBeNull();
  });

  it("refuses one file too many, with the limit in the message", () => {
    const files = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.pdf`, size: 1 }));
    expect(browserFileProblem(files, limits)).toEqual({ path: "files", message: "inbox.errors.tooManyFiles", values: { max: 3 } });
  });

  it("refuses a file one byte over the size limit, and an empty one, naming it", () => {
    expect(browserFileProblem([{ name: "big.pdf", size: 5 * mb + 1 }], limits)).toEqual({ path: "files", message: "inbox.errors.fileTooLarge", values: { name: "big.pdf", mb: 5 } });
    expect(browserFileProblem([{ name: "empty.png", size: 0 }], limits)?.message).toBe("inbox.errors.emptyFile");
  });

  it("refuses a type the store does not allow by its name (the server sniffs the bytes)", () => {
    expect(browserFileProblem([{ name: "sheet.xlsx", size: 10 }], limits)).toEqual({ path: "files", message: "inbox.errors.fileType", values: { name: "sheet.xlsx", types: "pdf, jpg, png" } });
    expect(browserFileProblem([{ name: "noextension", size: 10 }], limits)?.message).toBe("inbox.errors.fileType");
  });

  it("is the same count and size rule the server applies, in bytes", () => {
    expect(fileListProblem([{ name: "x", size: 101 }], { maxBytes: 100, maxCount: 1 })?.message).toBe("inbox.errors.fileTooLarge");
    expect(fileListProblem([{ name: "x", size: 100 }], { maxBytes: 100, maxCount: 1 })).toBeNull();
  });

  it("offers the allowed types in the file chooser", () => {
    expect(acceptFor(["pdf", "jpg"])).toBe(".pdf,.jpg,.jpeg");
  });
});
