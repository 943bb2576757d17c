/**
 * How deeply the JSON in a server action's body nests. React decodes a reply
 * recursively, so a hand-made body of a few thousand nested arrays overflows
 * the stack and answers 500; proxy.ts refuses such bodies with a 400 first.
 * No form of ours nests more than a few levels.
 */
export const MAX_ACTION_DEPTH = 64;

/** The deepest nesting of [ and { outside JSON strings. Stops counting once past `limit`. */
export function jsonDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * Whether a server action body nests too deeply. In a multipart body only
 * React's own parts (named by number) are JSON; form fields are people's
 * words and may hold any brackets.
 */
export async function actionBodyTooDeep(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData();
    for (const [name, value] of form.entries()) {
      if (/^(\d+|\$ACTION_\d+:\d+)$/.test(name) && typeof value === "string" && jsonDepth(value, MAX_ACTION_DEPTH) > MAX_ACTION_DEPTH) return true;
    }
    return false;
  }
  return jsonDepth(await request.text(), MAX_ACTION_DEPTH) > MAX_ACTION_DEPTH;
}
