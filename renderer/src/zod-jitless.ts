import { z } from 'zod';

// zod probes `new Function` to compile faster parsers, and decides while the
// contract's schemas are built at import time; our CSP forbids eval, so the
// probe would show up as a CSP violation. Imported first by main.tsx so this
// runs before any schema exists.
z.config({ jitless: true });
