"use client";
// The interactive reference of /api/v1, rendered in the browser from the OpenAPI document the
// server publishes. Everything it needs is bundled: no web fonts from elsewhere, no telemetry,
// no hosted assistant or proxy, so it works offline and within the page's Content-Security-Policy.
import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";
import "./api-reference.css";
import { useEffect, useRef } from "react";
import { keepScrollRegionsFocusable } from "./focusable-scroll-regions";

const configuration = {
  url: "/api/v1/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  mcp: { disabled: true },
  // Its chat assistant is a hosted service: nothing on this page talks to another origin.
  agent: { disabled: true },
  hideDarkModeToggle: true,
  showDeveloperTools: "never" as const,
  documentDownloadType: "json" as const,
};

export function ApiReference() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => (container.current ? keepScrollRegionsFocusable(container.current) : undefined), []);
  return (
    <div ref={container}>
      <ApiReferenceReact configuration={configuration} />
    </div>
  );
}
