import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportSet, importSet, type PortableSet } from "@/lib/formats";

/** Hostile and oversized files are refused with a message a person understands, and nothing is imported. */
const text = (value: string) => new TextEncoder().encode(value);
const refusal = (result: ReturnType<typeof importSet>) => {
  expect(result.set.questions).toEqual([]);
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!.message;
};
const oneQuestion: PortableSet = {
  title: "One",
  description: "",
  source: null,
  questions: [
    {
      type: "MULTIPLE_CHOICE",
      prompt: "Which?",
      choices: [
        { text: "A", isCorrect: true },
        { text: "B", isCorrect: false },
      ],
      acceptedAnswers: [],
      explanation: "",
      evidence: null,
    },
  ],
};

// Big inputs on shared cores: generous time limits, no timing assertions.
const slow = { timeout: 30_000 };

describe("hostile Moodle XML", slow, () => {
  it("refuses entity expansion (billion laughs) without expanding anything", () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE quiz [\n<!ENTITY lol "lol">\n' +
      Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ""};`.repeat(10)}">`).join(
        "\n",
      ) +
      '\n]>\n<quiz><question type="truefalse"><questiontext><text>&lol9;</text></questiontext></question></quiz>';
    expect(refusal(importSet(text(laughs), "moodle-xml"))).toMatch(/declares a DOCTYPE or entities/);
  });

  it("refuses external entities", () => {
    const external =
      '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n' +
      '<quiz><question type="truefalse"><name><text>&secret;</text></name></question></quiz>';
    const message = refusal(importSet(text(external), "moodle-xml"));
    expect(message).toMatch(/Quizwire does not read them/);
    expect(message).not.toMatch(/root:/);
  });

  it("refuses nesting deeper than a question file needs", () => {
    const deep = `<quiz>${"<a>".repeat(5000)}${"</a>".repeat(5000)}</quiz>`;
    expect(refusal(importSet(text(deep), "moodle-xml"))).toMatch(/nests elements more than 40 levels deep/);
  });

  it("refuses more than 500 questions", () => {
    const question =
      '<question type="truefalse"><name><text>Q</text></name><questiontext><text>Yes?</text></questiontext>' +
      '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>';
    const xml = `<?xml version="1.0"?>\n<quiz>${question.repeat(501)}</quiz>`;
    expect(refusal(importSet(text(xml), "moodle-xml"))).toBe(
      "This file holds 501 questions; Quizwire imports up to 500 at a time. Split it into smaller files.",
    );
  });
});

describe("hostile QTI packages", slow, () => {
  const body = exportSet(oneQuestion, "qti").body as Uint8Array;

  it("imports a well-made package (the checks do not get in the way)", () => {
    expect(importSet(body, "qti").set.questions).toHaveLength(1);
  });

  it("refuses a zip bomb from its declared sizes, before unpacking", () => {
    const bomb = zipSync(
      { "imsmanifest.xml": strToU8("<manifest/>"), "big.xml": new Uint8Array(3 * 1024 * 1024) },
      { level: 1 },
    );
    expect(refusal(importSet(bomb, "qti"))).toBe("The package holds “big.xml”, which unpacks to more than 2 MB.");
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`f${index}.xml`, new Uint8Array(1e6)]));
    expect(refusal(importSet(zipSync(many, { level: 1 }), "qti"))).toBe(
      "The package unpacks to more than 10 MB; question packages are far smaller.",
    );
  });

  it("a zip that understates its sizes unpacks no more than it declares, and is answered in words", () => {
    const zip = zipSync(
      { "imsmanifest.xml": strToU8("<manifest/>"), "big.xml": new Uint8Array(4 * 1024 * 1024) },
      { level: 1 },
    );
    const view = new DataView(zip.buffer);
    for (let offset = 0; offset < zip.length - 30; offset++) {
      if (view.getUint32(offset, true) === 0x04034b50) view.setUint32(offset + 22, 100, true);
      if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, 100, true);
    }
    const result = importSet(zip, "qti");
    expect(result.set.questions).toEqual([]);
    expect(result.issues[0]!.message).toMatch(/\.$/);
  });

  it("refuses a package with too many files", () => {
    const files = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`item${index}.xml`, strToU8("<a/>")]));
    expect(refusal(importSet(zipSync(files), "qti"))).toMatch(/^The package holds 600 files/);
  });

  it("refuses path traversal in entry names", () => {
    for (const name of ["../../etc/cron.d/evil", "/etc/passwd", "items\\..\\..\\evil.xml", "a/../../b.xml"]) {
      const zip = zipSync({ "imsmanifest.xml": strToU8("<manifest/>"), [name]: strToU8("<a/>") });
      expect(refusal(importSet(zip, "qti"))).toMatch(/points outside the package\.$/);
    }
  });

  it("refuses a DOCTYPE inside the package's XML", () => {
    const zip = zipSync({ "imsmanifest.xml": strToU8('<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><m/>') });
    expect(refusal(importSet(zip, "qti"))).toMatch(/declares a DOCTYPE or entities/);
  });

  it("says a file that is not a zip is not a zip", () => {
    expect(refusal(importSet(text("PK but not really"), "qti"))).toMatch(/^This is not a zip file/);
  });
});

describe("oversized files", slow, () => {
  it("refuses files over 2 MB, whatever the format", () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41);
    for (const format of ["gift", "aiken", "csv", "json", "moodle-xml", "qti"] as const)
      expect(refusal(importSet(big, format))).toBe("That file is over 2 MB; question files are usually far smaller.");
  });

  it("refuses a CSV of 100,000 rows in words", () => {
    const csv = `Question,Answer\n${"Is it?,yes\n".repeat(100_000)}`;
    expect(refusal(importSet(text(csv), "csv"))).toBe(
      "This CSV file has 100000 rows; Quizwire imports up to 500 questions at a time. Split it into smaller files.",
    );
  });

  it("refuses a GIFT file of more than 500 questions", () => {
    const gift = "Is it? {T}\n\n".repeat(600);
    expect(refusal(importSet(text(gift), "gift"))).toMatch(/^This file holds 600 questions/);
  });
});
