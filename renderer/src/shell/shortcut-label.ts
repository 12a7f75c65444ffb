/** Whether we run on a Mac (⌘ instead of Ctrl in shortcuts). */
export function isMac(): boolean {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform ?? '';
  return /mac/i.test(platform);
}

/** "Mod+Shift+Z" → "Ctrl+Shift+Z" (or "⇧⌘Z" on a Mac), as menus show them on each platform. */
export function shortcutLabel(spec: string, mac = isMac()): string {
  const parts = spec.split('+');
  if (!mac) return parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)).join('+');
  const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
  const order = ['Ctrl', 'Alt', 'Shift', 'Mod'];
  const mods = parts.slice(0, -1).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return mods.map((m) => symbols[m] ?? m).join('') + parts[parts.length - 1];
}
