package io.alembic.export;

import java.util.List;

/**
 * What a STIX indicator can point at, and how: the pattern over which observable, the indicator types, and the name
 * an analyst reads. API keys have no observable of their own in STIX, so they are a property of the user account.
 */
enum IndicatorKind {
    ACCOUNT("account", "Account", "malicious-activity"),
    API_KEY("api-key", "API key", "malicious-activity"),
    IP("ip", "Client IP", "anomalous-activity"),
    ASN("asn", "Autonomous system", "anomalous-activity"),
    USER_AGENT("user-agent", "User agent", "anomalous-activity"),
    ROUTER("router", "Router", "anonymization"),
    // the origin a router forwarded for: where requests really came from behind a relay
    FORWARDED_FOR("forwarded-for", "Forwarded-for origin", "attribution");

    final String code;
    final String label;
    final List<String> indicatorTypes;

    IndicatorKind(String code, String label, String indicatorType) {
        this.code = code;
        this.label = label;
        this.indicatorTypes = List.of(indicatorType);
    }

    String pattern(String value) {
        return switch (this) {
            case ACCOUNT -> StixPattern.equalsString("user-account:user_id", value);
            case API_KEY -> StixPattern.equalsString("user-account:x_alembic_api_key_id", value);
            case IP, FORWARDED_FOR -> StixPattern.equalsString(ipType(value) + ":value", value);
            case ASN -> StixPattern.equalsInteger("autonomous-system:number", Long.parseLong(value));
            case USER_AGENT -> StixPattern.equalsString("network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'", value);
            case ROUTER -> StixPattern.equalsString("domain-name:value", value);
        };
    }

    static String ipType(String ip) { return ip.indexOf(':') >= 0 ? "ipv6-addr" : "ipv4-addr"; }
}
