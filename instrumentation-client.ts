import { z } from "zod";

// Runs in the browser before the app's own code. The pages' Content-Security-Policy forbids eval
// (lib/security/headers.ts); zod would otherwise probe for it with `new Function` when its first
// object schema is built, and the browser reports the refused probe as a violation. Without the
// probe zod validates the same way, without compiling a fast path.
z.config({ jitless: true });
