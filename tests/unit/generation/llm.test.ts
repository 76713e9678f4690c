import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest";
import { generateWithLlm } from "@/lib/generation/llm";

// A small OpenAI-compatible server the test controls: each path plays one behaviour of a model.
const sample = ingestArticle({
  kind: "text",
  text: readFileSync("tests/fixtures/articles/seed-2025-04-01-wang-yi-ukraine.txt", "utf8"),
});
const article = { title: "China and Russia", text: sample.text, publishedAt: sample.publishedAt };
const grounded = [
  {
    type: "where",
    prompt: "Where is Xi Jinping due to visit in May, according to Putin?",
    choices: ["Moscow", "Beijing", "Kyiv", "Minsk"],
    answer: "Moscow",
    evidence: `Putin said Russia was preparing a "good, full programme" for Xi's visit to Moscow in May -- which will include events to mark the 80th anniversary of the end of World War II.`,
    explanation: "Putin said Russia was preparing a programme for Xi's visit to Moscow in May.",
  },
  {
    type: "who-said",
    prompt: "Who told RIA Novosti that China is ready to play a constructive role in the settlement?",
    choices: ["Wang Yi", "Sergei Lavrov", "Vladimir Putin", "Xi Jinping"],
    answer: "Wang Yi",
    evidence: `"China is ready, taking into account the aspirations of the parties involved, to play a constructive role in the settlement (of the conflict)," Wang told the RIA Novosti news agency.`,
    explanation: "Wang said it to RIA Novosti.",
  },
];
const invented = {
  type: "when",
  prompt: "When did Wang Yi visit Washington?",
  choices: ["In March", "In April", "In May", "In June"],
  answer: "In March",
  evidence: "Wang Yi visited Washington in March to meet officials.",
  explanation: "Made up.",
};
const answerNotInEvidence = { ...grounded[0], answer: "Kyiv", choices: ["Moscow", "Beijing", "Kyiv", "Minsk"] };

let server: Server;
let base: string;
const requests: { path: string; body: { model: string; messages: { content: string }[] }; auth?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      requests.push({ path: request.url!, body: JSON.parse(raw || "{}"), auth: request.headers.authorization });
      const reply = (content: string) =>
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ choices: [{ message: { role: "assistant", content } }] }));
      if (request.url === "/good/chat/completions")
        reply(JSON.stringify({ questions: [...grounded, invented, answerNotInEvidence, { nonsense: true }] }));
      else if (request.url === "/fenced/chat/completions")
        reply("```json\n" + JSON.stringify({ questions: grounded }) + "\n```");
      else if (request.url === "/invented/chat/completions") reply(JSON.stringify({ questions: [invented] }));
      else if (request.url === "/garbage/chat/completions") reply("Sure! Here are some questions: 1. Who…");
      else if (request.url === "/error/chat/completions") response.writeHead(500).end("overloaded");
      // /slow never answers
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("optional LLM provider", () => {
  it("keeps only questions whose evidence and answer are verbatim in the article, and says why others went", async () => {
    const result = await generateWithLlm(
      article,
      { count: 10 },
      { baseUrl: `${base}/good`, model: "fake-model", apiKey: "secret" },
    );
    expect(result.fallbackReason).toBeUndefined();
    expect(result.generator).toEqual({ name: "llm:fake-model", version: "1.0.0" });
    expect(result.questions.map((question) => question.choices[question.answer as number])).toEqual([
      "Wang Yi",
      "Moscow",
    ]);
    for (const question of result.questions)
      expect(sample.text.slice(question.evidence.start, question.evidence.end)).toBe(question.evidence.text);
    const reasons = result.dropped.flatMap((dropped) => dropped.reasons);
    expect(reasons).toEqual(
      expect.arrayContaining([
        "evidence not found verbatim in the article",
        "answer not found in its evidence sentence",
        "malformed question from the model",
      ]),
    );
    const request = requests.find((entry) => entry.path === "/good/chat/completions")!;
    expect(request.body.model).toBe("fake-model");
    expect(request.auth).toBe("Bearer secret");
    expect(request.body.messages[1]!.content).toContain(sample.text);
  });

  it("reads JSON wrapped in a code fence", async () => {
    const result = await generateWithLlm(article, { count: 5 }, { baseUrl: `${base}/fenced`, model: "fake-model" });
    expect(result.generator.name).toBe("llm:fake-model");
    expect(result.questions).toHaveLength(2);
  });

  it.each([
    ["/invented", "no grounded questions in the model's reply"],
    ["/garbage", "is not valid JSON"],
    ["/error", "LLM endpoint answered 500"],
  ])("falls back to the offline generator when the model fails (%s)", async (path, reason) => {
    const result = await generateWithLlm(article, { count: 10 }, { baseUrl: `${base}${path}`, model: "fake-model" });
    expect(result.generator.name).toBe("quizwire-offline");
    expect(result.fallbackReason).toContain(reason);
    expect(result.questions).toHaveLength(10);
  });

  it("falls back when the model does not answer in time", async () => {
    const result = await generateWithLlm(
      article,
      { count: 10 },
      { baseUrl: `${base}/slow`, model: "fake-model", timeoutMs: 300 },
    );
    expect(result.fallbackReason).toBe("the model did not answer in time");
    expect(result.generator.name).toBe("quizwire-offline");
  });
});
