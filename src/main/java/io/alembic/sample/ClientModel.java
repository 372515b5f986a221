package io.alembic.sample;

import java.util.SplittableRandom;

/** Where one request came from, when that changes during an account's life (mobile networks, VPNs, proxy pools). */
interface ClientModel {
    /** Overrides ip, asn, as_org, country (and possibly user agent) on the draft for a request sent at timeMs. */
    void apply(Draft d, long timeMs, SplittableRandom r);
}
