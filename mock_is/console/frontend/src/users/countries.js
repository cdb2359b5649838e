// The country dropdown's names. identity-apps (modules/core/src/utils/common-utils.ts `getCountryList`, F) takes
// them from the country-language package (option value = the country's name) and skips AQ, BQ, CW, GG, IM, JE,
// BL, MF, SX and SS. [approx] the simulator asks the browser's Intl for the English names of ISO 3166 regions,
// so a name may be spelled otherwise than that package spells it.
const SKIPPED = new Set(["AQ", "BQ", "CW", "GG", "IM", "JE", "BL", "MF", "SX", "SS", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"]);
let cached = null;

export function countries() {
    if (cached) return cached;
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const found = new Set();
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of letters) {
        for (const b of letters) {
            const code = a + b;
            const name = !SKIPPED.has(code) && names.of(code);
            if (name && name !== code) found.add(name);
        }
    }
    cached = [...found].sort((x, y) => x.localeCompare(y));
    return cached;
}
