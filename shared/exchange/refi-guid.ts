/**
 * REFI-QDA identifies everything by GUID (`GUIDType`: 8-4-4-4-12 hex digits, optionally in braces,
 * any case). Telaah's ids are lowercase GUIDs, so imported GUIDs are normalised to that form to be
 * stored and matched, and exported ids are checked against the pattern.
 */
const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** The lowercase bare form of a REFI GUID, or null when `value` is not one. */
export function normaliseGuid(value: string | undefined | null): string | null {
  if (!value) return null;
  const m = GUID.exec(value.trim());
  return m ? m[1]!.toLowerCase() : null;
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** Colours as REFI-QDA writes them (`#RRGGBB`), from Telaah's `#rrggbb`. */
export function toRefiColor(color: string): string | undefined {
  const c = normaliseColor(color);
  return c ? c.toUpperCase() : undefined;
}

/** `#rrggbb` from `#RGB`, `#RRGGBB` (any case, spaces around); null when not a colour. */
export function normaliseColor(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim();
  const long = /^#([0-9a-fA-F]{6})$/.exec(v);
  if (long) return `#${long[1]!.toLowerCase()}`;
  const short = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(v);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return null;
}
