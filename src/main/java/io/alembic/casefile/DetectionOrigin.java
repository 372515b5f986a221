package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * Where the stored detection results come from, kept with them in the case: computed on this machine over the case
 * as it is ({@link Kind#LOCAL}); computed upstream by a cluster job over the whole log and imported with a reduced
 * bundle ({@link Kind#UPSTREAM}); or computed on this machine over a reduced bundle's accounts, weighed against the
 * population context the upstream job wrote ({@link Kind#LOCAL_WITH_POPULATION}), which gives the kept accounts the
 * upstream scores.
 *
 * @param jobId        the upstream job (null for LOCAL)
 * @param upstreamRules the rules version the upstream job ran (null for LOCAL)
 * @param bundleId     the reduced bundle that carried the upstream files (null for LOCAL)
 * @param caseRequests requests in the case when the results were computed or imported (to tell when an import has
 *                     changed the case since): for upstream results, the requests the reduced bundle kept
 * @param logAccounts  accounts of the whole log the upstream job read (-1 for LOCAL)
 * @param logRequests  requests of that log (-1 for LOCAL)
 */
public record DetectionOrigin(Kind kind, String jobId, String upstreamRules, String bundleId, long caseRequests,
                              long logAccounts, long logRequests) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public enum Kind { LOCAL, UPSTREAM, LOCAL_WITH_POPULATION }

    static DetectionOrigin local(long caseRequests) { return new DetectionOrigin(Kind.LOCAL, null, null, null, caseRequests, -1, -1); }

    /** One line for the CLI and the GUI, e.g. "computed upstream by job J, rules version V". */
    public String describe(String rulesVersion) {
        return switch (kind) {
            case LOCAL -> "computed on this machine, rules version " + rulesVersion;
            case UPSTREAM -> "computed upstream by job " + jobId + ", rules version " + upstreamRules
                    + String.format(Locale.ROOT, " (over %,d requests of %,d accounts; bundle %s)", logRequests, logAccounts, bundleId);
            case LOCAL_WITH_POPULATION -> "computed on this machine, rules version " + rulesVersion
                    + ", against the population of upstream job " + jobId + " (rules version " + upstreamRules
                    + String.format(Locale.ROOT, ", %,d requests of %,d accounts)", logRequests, logAccounts)
                    + (rulesVersion.equals(upstreamRules) ? "" : "; the rules differ from the upstream job's, so scores may differ");
        };
    }

    ObjectNode toJson() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", kind.name().toLowerCase(Locale.ROOT));
        if (jobId != null) n.put("job_id", jobId);
        if (upstreamRules != null) n.put("upstream_rules_version", upstreamRules);
        if (bundleId != null) n.put("bundle_id", bundleId);
        n.put("case_requests", caseRequests);
        if (logAccounts >= 0) n.put("log_accounts", logAccounts);
        if (logRequests >= 0) n.put("log_requests", logRequests);
        return n;
    }

    /** The origin stored beside a report; reports stored before origins existed were local runs. */
    static DetectionOrigin of(String reportJson) {
        try {
            JsonNode r = MAPPER.readTree(reportJson);
            JsonNode n = r.path("origin");
            if (!n.isObject()) return local(r.path("requests").asLong());
            return new DetectionOrigin(Kind.valueOf(n.path("kind").asText("local").toUpperCase(Locale.ROOT)),
                    n.path("job_id").asText(null), n.path("upstream_rules_version").asText(null), n.path("bundle_id").asText(null),
                    n.path("case_requests").asLong(), n.path("log_accounts").asLong(-1), n.path("log_requests").asLong(-1));
        } catch (Exception e) {
            throw new CaseException("stored detection report is not readable: " + e.getMessage());
        }
    }
}
