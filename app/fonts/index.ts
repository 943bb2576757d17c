import localFont from "next/font/local";

// From @fontsource-variable/inter: next/font/google would need the network at build time.
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  display: "swap",
  variable: "--font-inter",
});
