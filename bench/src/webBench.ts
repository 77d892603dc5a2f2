import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { WebResult } from './results.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the web app with the test hooks (synthetic networks) into `outDir`, as the e2e setup does. */
export function buildWebWithHooks(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'pnpm',
      [
        '--filter',
        '@antenne/web',
        'exec',
        'vite',
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, VITE_TEST_HOOKS: 'true' },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`web build failed with code ${code}`)),
    );
  });
}

interface SyntheticNetwork {
  centerId: string;
  nodes: unknown[];
  edges: unknown[];
}

/** The web's own generator for the performance tests (`web/src/models/syntheticNetwork.ts`). */
async function syntheticNetwork(size: number): Promise<SyntheticNetwork> {
  const path = new URL('web/src/models/syntheticNetwork.ts', `file://${repoRoot}`).href;
  const module = (await import(path)) as {
    syntheticNetwork: (nodes: number) => SyntheticNetwork;
  };
  return module.syntheticNetwork(size);
}

/**
 * Opens the explorer in headless Chromium, serves a synthetic network of each size through the
 * test hooks, and measures the time to the first drawn frame and to the end of the layout (the
 * app's performance marks), then drags the canvas for `panMs` and counts the frames drawn.
 */
export async function benchWeb(options: {
  baseUrl: string;
  /** The register views need a signed-in user with a register role. */
  account: { username: string; password: string };
  sizes: readonly number[];
  panMs: number;
  log: (line: string) => void;
}): Promise<WebResult[]> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results: WebResult[] = [];
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 960 },
      locale: 'nl-NL',
    });
    // tsx keeps function names with an `__name` helper that the page does not have.
    await context.addInitScript({ content: 'window.__name = (target) => target;' });
    // The context's request client shares the browser's cookies: this signs the page in.
    const signIn = await context.request.post(`${options.baseUrl}/graphql`, {
      data: {
        query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
        variables: { u: options.account.username, p: options.account.password },
      },
    });
    const signedIn = (await signIn.json()) as { errors?: { message: string }[] };
    if (!signIn.ok() || signedIn.errors?.length) {
      throw new Error(`sign-in failed: ${signedIn.errors?.[0]?.message ?? signIn.status()}`);
    }
    const page = await context.newPage();
    await page.goto(`${options.baseUrl}/verkennen`);
    await page.getByRole('heading', { level: 1, name: 'Netwerk verkennen' }).waitFor();
    for (const size of options.sizes) {
      const network = await syntheticNetwork(size);
      const timings = await page.evaluate(async (net) => {
        const hooks = window.__antenneTest;
        if (!hooks) throw new Error('the web build has no test hooks');
        hooks.provideNetwork(net);
        let longestTask = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            longestTask = Math.max(longestTask, entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const start = performance.now();
        const markAfter = (name: string) =>
          new Promise<number>((resolve) => {
            const poll = () => {
              const mark = performance.getEntriesByName(name).find((e) => e.startTime > start);
              if (mark) resolve(mark.startTime - start);
              else setTimeout(poll, 20);
            };
            poll();
          });
        history.pushState(null, '', `/verkennen?id=${encodeURIComponent(net.centerId)}`);
        dispatchEvent(new PopStateEvent('popstate'));
        const firstRender = await markAfter('antenne:graph-rendered');
        const layoutDone = await markAfter('antenne:layout-done');
        observer.disconnect();
        return { firstRender, layoutDone, longestTask };
      }, network);
      const box = await page.getByTestId('network-graph').boundingBox();
      if (!box) throw new Error('the network graph is not visible');
      await page.evaluate(() => {
        const state = { frames: 0, counting: true, started: performance.now(), ended: 0 };
        const tick = () => {
          if (!state.counting) return;
          state.frames += 1;
          requestAnimationFrame(tick);
        };
        window.__benchFrames = state;
        requestAnimationFrame(tick);
      });
      const x = box.x + 12;
      const y = box.y + 12;
      await page.mouse.move(x, y);
      await page.mouse.down();
      const until = Date.now() + options.panMs;
      let step = 0;
      while (Date.now() < until) {
        step += 1;
        const angle = step / 10;
        await page.mouse.move(x + 150 + Math.cos(angle) * 120, y + 150 + Math.sin(angle) * 120);
      }
      await page.mouse.up();
      const pan = await page.evaluate(() => {
        const state = window.__benchFrames;
        if (!state) throw new Error('frame counter missing');
        state.counting = false;
        return { frames: state.frames, ms: performance.now() - state.started };
      });
      const result: WebResult = {
        nodes: size,
        edges: network.edges.length,
        firstRenderMs: Math.round(timings.firstRender),
        layoutMs: Math.round(timings.layoutDone),
        panFps: Math.round((pan.frames / pan.ms) * 1000 * 10) / 10,
        panFrames: pan.frames,
        panMs: Math.round(pan.ms),
        longestTaskMs: Math.round(timings.longestTask),
      };
      options.log(`  web ${size} nodes: ${JSON.stringify(result)}`);
      results.push(result);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return results;
}

declare global {
  interface Window {
    /** The web's test hooks (`web/src/testHooks.ts`), the part the bench uses. */
    __antenneTest?: { provideNetwork(network: unknown): void };
    __benchFrames?: { frames: number; counting: boolean; started: number; ended: number };
  }
}
