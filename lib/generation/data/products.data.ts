/**
 * Products news names beside their makers: "_____ will show off its newest iPhone" gives Apple away, and
 * "Samsung is expected to refresh the iPhone line" is false at a glance. A maker is never asked, or swapped,
 * in a sentence that names one of its products.
 *
 * Source: curated by hand for Quizwire on 2026-12-05 from general technology and business knowledge.
 */
export const PRODUCTS_BY_MAKER: Readonly<Record<string, readonly string[]>> = {
  Apple: ["iPhone", "iPad", "iPod", "iMac", "MacBook", "Mac", "Apple Watch", "AirPods", "iOS", "macOS", "iTunes"],
  Samsung: ["Galaxy"],
  Google: ["Android", "Pixel", "Chrome", "Gmail", "Bard", "Gemini"],
  Microsoft: ["Windows", "Xbox", "Surface", "Bing", "Azure", "Outlook"],
  Amazon: ["Kindle", "Alexa", "Echo", "AWS", "Prime Video"],
  Facebook: ["Instagram", "WhatsApp", "Messenger"],
  Meta: ["Instagram", "WhatsApp", "Messenger", "Quest"],
  Sony: ["PlayStation", "Walkman"],
  Nintendo: ["Switch", "Wii", "Game Boy"],
  Nokia: ["Lumia"],
  BlackBerry: ["BlackBerry"],
  OpenAI: ["ChatGPT", "GPT-4"],
  Boeing: ["737 Max", "Dreamliner"],
  Tesla: ["Model S", "Model 3", "Model X", "Model Y", "Cybertruck"],
};
