import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, PluginOption } from 'vite';

const CSSOM_DYNAMIC_CSS = fileURLToPath(new URL('../../renderer/src/platform/cssom-dynamic-css.ts', import.meta.url));
/** The module every antd style injection goes through (cssinjs, the Modal scroll lock, the scrollbar probe). */
const DYNAMIC_CSS = /[\\/]@rc-component[\\/]util[\\/](es|lib)[\\/]Dom[\\/]dynamicCSS\.js$/;

/**
 * Points `@rc-component/util`'s dynamicCSS at renderer/src/platform/cssom-dynamic-css.ts, so antd's
 * styles land in constructed stylesheets instead of `<style>` elements the strict CSP blocks. It
 * matches the resolved file, whichever way it was imported (the package index or the es path).
 */
export function cssomStyles(): Plugin {
  return {
    name: 'coupon-studio:cssom-styles',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/dynamicCSS/.test(source) || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && DYNAMIC_CSS.test(resolved.id) ? CSSOM_DYNAMIC_CSS : null;
    },
  };
}

/** The renderer's Vite plugins, shared by electron.vite.config.ts and the web harness build. */
export function rendererPlugins(): PluginOption[] {
  return [react(), cssomStyles()];
}
