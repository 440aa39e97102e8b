import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IndexHtmlTransformContext, OutputBundle, OutputChunk, Plugin, UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

/** The modules Vaadin's client loads before it can draw anything, one after the other. */
const FIRST_LOAD = [
  'generated/jar-resources/FlowBootstrap.js',
  'generated/flow/generated-flow-imports.js',
  'generated/jar-resources/FlowClient.js'
];

/** The built files a module needs: its own chunk and every chunk that one imports, transitively. */
function filesOf(bundle: OutputBundle, modules: string[], plugin: string): Set<string> {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const files = new Set<string>();
  const add = (fileName: string) => {
    const chunk = bundle[fileName];
    if (files.has(fileName) || !chunk || chunk.type !== 'chunk') {
      return;
    }
    files.add(fileName);
    chunk.imports.forEach(add);
  };
  for (const module of modules) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.replace(/\\/g, '/').endsWith(module));
    if (!chunk) {
      throw new Error(`${plugin}: no chunk for ${module}`);
    }
    add(chunk.fileName);
  }
  return files;
}

/**
 * Lets the browser fetch, with the page itself, the modules Vaadin's client loads one after the
 * other before it can draw: its bootstrap, the components of the layout and the home
 * (generated-flow-imports and what it imports) and the client itself. Without this each is found
 * only when the one before it has run: three round trips a phone on a slow network waits through
 * before the first drawing (docs/performance.md, decision 0024). It changes what is fetched when,
 * never what runs.
 */
function preloadFirstLoad(): Plugin {
  const name = 'pathways:preload-first-load';
  let preloaded = false;
  return {
    name,
    apply: 'build',
    closeBundle() {
      // A build that never saw the page (Vaadin renamed it, say) must not pass unnoticed.
      if (!preloaded) {
        throw new Error(`${name}: no index.html was built, nothing preloaded`);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html: string, context: IndexHtmlTransformContext) {
        const bundle = context.bundle;
        if (!bundle || context.path !== '/index.html') {
          return;
        }
        const files = filesOf(bundle, FIRST_LOAD, name);
        preloaded = true;
        return [...files]
          .filter((fileName) => !html.includes(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const
          }));
      }
    }
  };
}

/**
 * Writes, for each route's chunk, the built files it needs beyond the first load, so that the
 * server can preload them with a page that opens on that route (shell.RoutePreloads, decision
 * 0026). Vaadin's client asks for a route's chunk only once it has loaded and read the page's
 * state (`loadOnDemand`): on a phone that is a further round trip and 50–70 KiB fetched after
 * everything else, before the view can be drawn. The file goes beside Vaadin's stats.json, which
 * is not served.
 */
function routePreloads(): Plugin {
  const name = 'pathways:route-preloads';
  const chunksByKey = new Map<string, string[]>();
  let outDir = '';
  let written = 0;
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transform(code: string, id: string) {
      if (!id.replace(/\\/g, '/').endsWith('generated/flow/generated-flow-imports.js')) {
        return;
      }
      // Vaadin writes one `if (key === '<id>' || key === '<id>') { pending.push(import('./chunks/…')); }`
      // per route's chunk; the ids are those the server sends in `loadOnDemand('<id>')`: the
      // route's own, or those of the classes that trigger it (decision 0026).
      for (const [, condition, body] of code.matchAll(/if \(([^)]*)\) \{([^}]*)\}/g)) {
        const sources = [...body.matchAll(/import\('\.\/(chunks\/chunk-[0-9a-f]+\.js)'\)/g)].map(
          (match) => `generated/flow/${match[1]}`
        );
        for (const [, key] of condition.matchAll(/key === '([0-9a-f]+)'/g)) {
          chunksByKey.set(key, [...(chunksByKey.get(key) ?? []), ...sources]);
        }
      }
    },
    generateBundle(_options, bundle) {
      if (chunksByKey.size === 0) {
        throw new Error(`${name}: no route chunks found in generated-flow-imports.js`);
      }
      const firstLoad = filesOf(bundle, FIRST_LOAD, name);
      const preloads: Record<string, string[]> = {};
      for (const [key, sources] of chunksByKey) {
        preloads[key] = [...filesOf(bundle, sources, name)].filter((fileName) => !firstLoad.has(fileName));
      }
      const folder = resolve(outDir, '..', 'config');
      mkdirSync(folder, { recursive: true });
      writeFileSync(resolve(folder, 'route-preloads.json'), JSON.stringify(preloads));
      written = chunksByKey.size;
    },
    closeBundle() {
      if (written === 0) {
        throw new Error(`${name}: no route preloads written`);
      }
    }
  };
}

/**
 * Asks V8 to compile Vaadin's client whole as it arrives, on a background thread
 * (`//# allFunctionsCalledOnLoad`, Chromium 136 and later; other browsers read a comment). The
 * client runs most of its code while it applies a page's first state; compiled lazily, each
 * function is parsed twice and compiled on the main thread when first called, inside the long task
 * that holds a phone's first touch (docs/performance.md, decision 0032). The comment must open the
 * file, so it is put there after minifying, which drops comments.
 */
function compileClientEagerly(): Plugin {
  const name = 'pathways:compile-client-eagerly';
  const client = 'generated/jar-resources/FlowClient.js';
  return {
    name,
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find(
        (output): output is OutputChunk =>
          output.type === 'chunk' && !!output.facadeModuleId?.replace(/\\/g, '/').endsWith(client)
      );
      if (!chunk) {
        throw new Error(`${name}: no chunk for ${client}`);
      }
      chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    }
  };
}

const customConfig: UserConfigFn = () => ({
  plugins: [preloadFirstLoad(), routePreloads(), compileClientEagerly()]
});

export default overrideVaadinConfig(customConfig);
