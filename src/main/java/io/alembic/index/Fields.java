package io.alembic.index;

import java.util.List;
import java.util.Set;

/** Names of the index fields: these are the field names analysts type in queries (documented in the README). */
public final class Fields {
    private Fields() { }

    // analysed text
    public static final String PROMPT = "prompt";
    public static final String SYSTEM = "system";
    public static final String RESPONSE = "response";
    public static final String REASONING = "reasoning";
    public static final List<String> TEXT = List.of(PROMPT, SYSTEM, RESPONSE, REASONING);

    // exact keywords
    public static final String REQUEST_ID = "request_id";
    public static final String ACCOUNT = "account";
    public static final String ORG = "org";
    public static final String KEY = "key";
    public static final String MODEL = "model";
    public static final String ENDPOINT = "endpoint";
    public static final String IP = "ip";
    public static final String AS_ORG = "as_org";
    public static final String COUNTRY = "country";
    public static final String USER_AGENT = "ua";
    public static final String ROUTER = "router";
    public static final String FORWARDED_FOR = "forwarded_for";
    public static final String FINISH_REASON = "finish_reason";
    public static final String ERROR_TYPE = "error_type";
    public static final String BUNDLE = "bundle";
    public static final Set<String> KEYWORDS = Set.of(REQUEST_ID, ACCOUNT, ORG, KEY, MODEL, ENDPOINT, IP, AS_ORG, COUNTRY,
            USER_AGENT, ROUTER, FORWARDED_FOR, FINISH_REASON, ERROR_TYPE, BUNDLE);

    // numbers (points) and time
    public static final String STATUS = "status";
    public static final String ASN = "asn";
    public static final String TIME = "time";
    public static final String INPUT_TOKENS = "input_tokens";
    public static final String OUTPUT_TOKENS = "output_tokens";
    public static final String REASONING_TOKENS = "reasoning_tokens";
    public static final Set<String> LONGS = Set.of(STATUS, ASN, TIME, INPUT_TOKENS, OUTPUT_TOKENS, REASONING_TOKENS);

    /** Not an index field: resolved through the case's tags at query time (see TagResolver). */
    public static final String TAG = "tag";

    /** The store's row id; ties every index document to exactly one committed database row. */
    public static final String ROW = "row";
    /** First characters of the prompt, stored so result lists need no database round trip. */
    public static final String PROMPT_HEAD = "prompt_head";

    /** Fields with doc values that search results count as facets. */
    public static final List<String> FACETS = List.of(ACCOUNT, MODEL, COUNTRY, ROUTER);
}
