import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum
 * recommendation). @node-rs/argon2 ships prebuilt binaries in npm packages,
 * so it installs without a compiler or a download.
 */
export { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

export function hashPassword(password: string) {
  return hash(password);
}

// A real hash of a random string, verified against when no account matches,
// so that an unknown email costs the same time as a wrong password.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$eWxBK9g/iifo6j+ZdKSEoQ$cNyPoJr33XCsrSKu/eA+zRR2p1xnx1wSMSvJUcR4KTQ";

export async function verifyPassword(passwordHash: string | null | undefined, password: string) {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return ok && Boolean(passwordHash);
  } catch {
    return false;
  }
}
