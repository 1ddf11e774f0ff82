/**
 * A plain pkijs crypto engine on WebCrypto. pkijs keeps its default engine process-global and
 * other libraries replace it (signing research, pitfall 3), so our code passes this one explicitly.
 */
import * as pkijs from "pkijs";

/** The engine every pkijs call in lib/signing uses. */
export const cryptoEngine = new pkijs.CryptoEngine({ name: "okienko-webcrypto", crypto: globalThis.crypto });
