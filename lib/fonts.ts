import localFont from "next/font/local";

// Vazirmatn, shipped in the vazirmatn npm package: Persian, Arabic and Latin in one variable font.
export const vazirmatn = localFont({
  src: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2",
  variable: "--font-vazirmatn",
  display: "swap",
  weight: "100 900",
});
