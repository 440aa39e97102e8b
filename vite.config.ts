import type { IndexHtmlTransformContext, Plugin, UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

/**
 * Lets the browser fetch, with the page itself, the modules Vaadin's client loads one after the
 * other before it can draw: its bootstrap, the components of the layout and the home
 * (generated-flow-imports and what it imports) and the client itself. Without this each is found
 * only when the one before it has run: three round trips a phone on a slow network waits through
 * before the first drawing (docs/performance.md, decision 0024). It changes what is fetched when,
 * never what runs.
 */
function preloadFirstLoad(): Plugin {
  const firstLoad = [
    'generated/jar-resources/FlowBootstrap.js',
    'generated/flow/generated-flow-imports.js',
    'generated/jar-resources/FlowClient.js'
  ];
  let preloaded = false;
  return {
    name: 'pathways:preload-first-load',
    apply: 'build',
    closeBundle() {
      // A build that never saw the page (Vaadin renamed it, say) must not pass unnoticed.
      if (!preloaded) {
        throw new Error('pathways:preload-first-load: no index.html was built, nothing preloaded');
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html: string, context: IndexHtmlTransformContext) {
        const bundle = context.bundle;
        if (!bundle || context.path !== '/index.html') {
          return;
        }
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const files = new Set<string>();
        const add = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || !chunk || chunk.type !== 'chunk') {
            return;
          }
          files.add(fileName);
          chunk.imports.forEach(add);
        };
        for (const module of firstLoad) {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.replace(/\\/g, '/').endsWith(module));
          if (!chunk) {
            throw new Error(`pathways:preload-first-load: no chunk for ${module}`);
          }
          add(chunk.fileName);
        }
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

const customConfig: UserConfigFn = () => ({
  plugins: [preloadFirstLoad()]
});

export default overrideVaadinConfig(customConfig);
