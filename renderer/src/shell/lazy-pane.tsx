import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Loads a pane that another part of the app provides, by file and export name. import.meta.glob
 * resolves at build time to an empty map when the file is not there, so the shell builds either
 * way and shows a placeholder for a pane that does not exist.
 */
const modules = import.meta.glob(['../analysis/index.ts']);

export function lazyPane(file: string, exportName: string): LazyExoticComponent<ComponentType> | null {
  const load = modules[file];
  if (!load) return null;
  return lazy(async () => {
    const mod = (await load()) as Record<string, ComponentType | undefined>;
    const component = mod[exportName];
    if (!component) throw new Error(`${file} does not export ${exportName}`);
    return { default: component };
  });
}
