// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Pasted articles may be up to 1 MB of text; the source service gives the precise 413 itself.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
