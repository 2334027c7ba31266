/**
 * The encoding fixture drawn by the app's own map code (createMap, applyDay), served by Vite's
 * dev server for tests/e2e/encoding.test.ts. window.fixtureMap reads back what was drawn.
 */
import { Atlas } from '../../../src/model/atlas.ts';
import { loadAtlas } from '../../../src/page/load.ts';
import { applyDay } from '../../../src/page/map/dayUpdate.ts';
import { createMap, mapLoaded } from '../../../src/page/map/createMap.ts';
import { atlasLooks, legend } from '../../../src/outputs/legend.ts';
import { encodingFixture, FIXTURE_DAY } from '../../fixtures/encoding.ts';

declare global {
  interface Window {
    fixtureMap?: Promise<{
      /** The drawn pixels' lightness spread and mean colour in a 12 px square at a point. */
      patch(lon: number, lat: number): { spread: number; mean: [number, number, number] };
      legend: string[];
    }>;
  }
}

window.fixtureMap = (async () => {
  const loaded = await loadAtlas();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const data = encodingFixture(loaded.value.data);
  const atlas = new Atlas(data);
  const map = createMap(document.getElementById('map')!, loaded.value, { reducedMotion: true });
  await mapLoaded(map);
  await new Promise<void>((ok) => {
    applyDay(map, data, atlas.state(FIXTURE_DAY), null, atlas.changes(FIXTURE_DAY));
    map.once('idle', () => ok());
  });
  return {
    patch(lon, lat) {
      const { x, y } = map.project([lon, lat]);
      const canvas = map.getCanvas();
      const ratio = canvas.width / canvas.clientWidth;
      const copy = document.createElement('canvas');
      [copy.width, copy.height] = [canvas.width, canvas.height];
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 12, 12).data;
      const light: number[] = [];
      const sum: [number, number, number] = [0, 0, 0];
      for (let i = 0; i < d.length; i += 4) {
        light.push(d[i]! + d[i + 1]! + d[i + 2]!);
        for (let c = 0; c < 3; c++) sum[c]! += d[i + c]!;
      }
      const n = d.length / 4;
      return {
        spread: Math.max(...light) - Math.min(...light),
        mean: sum.map((s) => Math.round(s / n)) as [number, number, number],
      };
    },
    legend: legend('en', atlasLooks(atlas)).flatMap((s) => s.items.map((i) => i.id)),
  };
})();
