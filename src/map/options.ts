/**
 * Map settings shared by the app's map, the exporter's and the benchmark's bare map, so that
 * exports match the screen and the benchmark compares the same map with and without the app.
 */
import type { MapOptions } from 'maplibre-gl';

export function mapOptions(reducedMotion: boolean): Omit<MapOptions, 'container'> {
  return {
    // The app shows the credits itself, with the sources of the geodata.
    attributionControl: false,
    // The cross-fade and the pixel checks in the tests copy the canvas after it was drawn.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Labels fading in and out are motion too.
    fadeDuration: reducedMotion ? 0 : 300,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 12,
    minZoom: 2,
  };
}
