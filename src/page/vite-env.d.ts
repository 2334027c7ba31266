/// <reference types="svelte" />
/// <reference types="vite/client" />

interface Window {
  /** Read-only hooks for browser tests and headless tools. */
  atlasMap?: {
    project(lon: number, lat: number): [number, number];
    labels(layer: string): string[];
  };
}
