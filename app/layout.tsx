import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { TimeZoneCookie } from "@/components/layout/time-zone-cookie";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Quizwire — quizzes from today's news", template: "%s · Quizwire" },
  description: "Turn a news article into a fair, source-grounded quiz in seconds, and learn from every answer.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <TimeZoneCookie />
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
