package io.alembic.sample;

import java.util.SplittableRandom;

/**
 * How an account of the varied scenarios writes one request: endpoint, model, messages, parameters and the answer.
 * The record factory has already filled identity and the account's default client; a behaviour may change the
 * client too (an origin address leaking in a forwarded header, say). Implementations keep any per-account state
 * (a conversation in progress, a position in a dataset) themselves, which is safe because one account's requests
 * are built strictly in order.
 */
interface Behaviour {
    void fill(Draft d, AccountStream s, SplittableRandom r);
}
