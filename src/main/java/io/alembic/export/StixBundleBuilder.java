package io.alembic.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.detect.AccountResult;
import io.alembic.detect.Finding;
import io.alembic.detect.cluster.Cluster;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the tallied values into a STIX 2.1 bundle: the producing identity; one campaign per linked-account cluster
 * (an account in no cluster is a campaign of its own); an indicator per value; the routers as anonymising
 * infrastructure; per account the observed data with its observables; and the relationships between them.
 * Every id and timestamp comes from the case (natural keys, the detection run's finish, the records' times), never
 * from the clock, so the same case gives the same bundle byte for byte.
 */
final class StixBundleBuilder {
    private static final ObjectMapper M = new ObjectMapper();
    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int NAMED_ACCOUNTS = 10;
    private static final String OBJECTIVE =
            "Harvest a model's answers and reasoning at scale through its API to train another model (distillation).";

    private final StixTally tally;
    private final ExportContext context;
    private final String stamp;
    private final String identityId;
    private final List<ObjectNode> sdos = new ArrayList<>();
    private final List<ObjectNode> observables = new ArrayList<>();
    private final TreeMap<String, ObjectNode> relationships = new TreeMap<>();

    StixBundleBuilder(StixTally tally, ExportContext context) {
        this.tally = tally;
        this.context = context;
        // the run that produced the verdicts dates the objects; with none, the newest record exported does
        this.stamp = context.detectionFinishedAt() != null ? time(Instant.parse(context.detectionFinishedAt()).toEpochMilli())
                : time(tally.lastMs == Long.MIN_VALUE ? 0 : tally.lastMs);
        String producer = context.provider() == null || context.provider().isBlank() ? "Alembic" : context.provider();
        this.identityId = StixIds.object("identity", producer);
        ObjectNode identity = sdo("identity", identityId);
        identity.remove("created_by_ref");
        identity.put("name", producer);
        identity.put("identity_class", "organization");
        identity.put("description", "Produced this bundle with Alembic from the API logs of case " + context.caseReference() + ".");
        sdos.add(identity);
    }

    ObjectNode build() {
        Map<String, String> campaignOf = campaigns();
        Map<String, String> infrastructureOf = infrastructure(campaignOf);
        indicators(campaignOf, infrastructureOf);
        observedData();
        List<ObjectNode> all = new ArrayList<>(sdos);
        all.addAll(observables);
        all.addAll(relationships.values());
        StringBuilder ids = new StringBuilder();
        for (ObjectNode o : all) ids.append(o.get("id").asText()).append('\n');
        ObjectNode bundle = M.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", StixIds.object("bundle", ids.toString()));
        ArrayNode objects = bundle.putArray("objects");
        all.forEach(objects::add);
        return bundle;
    }

    /** @return campaign id by account */
    private Map<String, String> campaigns() {
        Map<String, String> byAccount = new TreeMap<>();
        Map<String, List<String>> members = new TreeMap<>();
        for (String account : tally.of(IndicatorKind.ACCOUNT).keySet()) {
            Cluster c = context.clusterOf(account);
            String key = c != null ? "cluster|" + c.id() : "account|" + account;
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(account);
        }
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            String id = StixIds.object("campaign", e.getKey());
            List<String> accounts = e.getValue();
            ObjectNode o = sdo("campaign", id);
            Cluster c = context.clusterOf(accounts.get(0));
            if (c != null) {
                o.put("name", "Distillation campaign " + c.id() + " (" + c.accounts().size() + " linked accounts)");
                o.put("description", "Accounts linked by shared infrastructure, payment or behaviour, scored as one campaign by Alembic"
                        + " (score " + Scores.round(c.score()) + (c.flagged() ? ", flagged" : ", not flagged") + "). "
                        + String.join(" ", c.reasons()) + " Accounts in this export: " + names(accounts) + ".");
            } else {
                AccountResult a = context.account(accounts.get(0));
                o.put("name", "Distillation activity of account " + accounts.get(0));
                o.put("description", "One account in no linked-account cluster" + verdict(a) + ".");
            }
            long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
            for (String a : accounts) {
                StixTally.Seen s = tally.of(IndicatorKind.ACCOUNT).get(a);
                first = Math.min(first, s.first);
                last = Math.max(last, s.last);
                byAccount.put(a, id);
            }
            o.put("first_seen", time(first));
            o.put("last_seen", time(last));
            o.put("objective", OBJECTIVE);
            sdos.add(o);
        }
        return byAccount;
    }

    /** Routers relaying the accounts' requests: @return infrastructure id by router */
    private Map<String, String> infrastructure(Map<String, String> campaignOf) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, StixTally.Seen> e : tally.of(IndicatorKind.ROUTER).entrySet()) {
            String id = StixIds.object("infrastructure", "router|" + e.getKey());
            StixTally.Seen s = e.getValue();
            ObjectNode o = sdo("infrastructure", id);
            o.put("name", "Router " + e.getKey());
            o.put("description", "A request router in front of the provider's API, masking where requests come from; " + seen(s) + ".");
            o.putArray("infrastructure_types").add("anonymization");
            o.put("first_seen", time(s.first));
            o.put("last_seen", time(s.last));
            sdos.add(o);
            out.put(e.getKey(), id);
            for (String campaign : campaignsOf(s, campaignOf)) relate(campaign, "uses", id);
        }
        return out;
    }

    private void indicators(Map<String, String> campaignOf, Map<String, String> infrastructureOf) {
        for (IndicatorKind kind : IndicatorKind.values()) {
            for (Map.Entry<String, StixTally.Seen> e : tally.of(kind).entrySet()) {
                String value = e.getKey();
                StixTally.Seen s = e.getValue();
                String id = StixIds.object("indicator", kind.code + "|" + value);
                ObjectNode o = sdo("indicator", id);
                o.put("name", kind.label + " " + (kind == IndicatorKind.ASN ? asName(value) : value));
                String about = kind == IndicatorKind.ACCOUNT ? verdict(context.account(value)) : "";
                o.put("description", kind.label + " " + seen(s) + about + ".");
                ArrayNode types = o.putArray("indicator_types");
                kind.indicatorTypes.forEach(types::add);
                o.put("pattern", kind.pattern(value));
                o.put("pattern_type", "stix");
                o.put("pattern_version", "2.1");
                o.put("valid_from", time(s.first));
                AccountResult a = kind == IndicatorKind.ACCOUNT ? context.account(value) : null;
                if (a != null) o.put("confidence", (int) Math.round(a.score() * 100));
                sdos.add(o);
                for (String campaign : campaignsOf(s, campaignOf)) relate(id, "indicates", campaign);
                if (kind == IndicatorKind.ROUTER) relate(id, "indicates", infrastructureOf.get(value));
                if (kind == IndicatorKind.ACCOUNT) relate(id, "based-on", StixIds.object("observed-data", value));
            }
        }
    }

    /** Per account: what the provider's logs observed of it, as observables. */
    private void observedData() {
        TreeMap<String, ObjectNode> scos = new TreeMap<>();
        for (Map.Entry<String, StixTally.Seen> e : tally.of(IndicatorKind.ACCOUNT).entrySet()) {
            String account = e.getKey();
            StixTally.Seen s = e.getValue();
            ObjectNode o = sdo("observed-data", StixIds.object("observed-data", account));
            o.put("first_observed", time(s.first));
            o.put("last_observed", time(s.last));
            o.put("number_observed", Math.max(1, Math.min(999_999_999L, s.count)));
            ArrayNode refs = o.putArray("object_refs");
            ObjectNode user = sco("user-account", StixIds.observable("user-account", "user_id", account));
            user.put("user_id", account);
            refs.add(user.get("id").asText());
            scos.putIfAbsent(user.get("id").asText(), user);
            for (StixTally.Key k : tally.observedBy.getOrDefault(account, new TreeSet<>())) {
                ObjectNode x = observable(k);
                refs.add(x.get("id").asText());
                scos.putIfAbsent(x.get("id").asText(), x);
            }
            sdos.add(o);
        }
        observables.addAll(scos.values());
    }

    private ObjectNode observable(StixTally.Key k) {
        return switch (k.kind()) {
            case IP, FORWARDED_FOR -> {
                String type = IndicatorKind.ipType(k.value());
                ObjectNode o = sco(type, StixIds.observable(type, "value", k.value()));
                o.put("value", k.value());
                yield o;
            }
            case ASN -> {
                long n = Long.parseLong(k.value());
                ObjectNode o = sco("autonomous-system", StixIds.observable("autonomous-system", "number", n));
                o.put("number", n);
                String name = tally.asNames.get(n);
                if (name != null) o.put("name", name);
                yield o;
            }
            case ROUTER -> {
                ObjectNode o = sco("domain-name", StixIds.observable("domain-name", "value", k.value()));
                o.put("value", k.value());
                yield o;
            }
            default -> throw new IllegalArgumentException("no observable for " + k.kind());
        };
    }

    private TreeSet<String> campaignsOf(StixTally.Seen s, Map<String, String> campaignOf) {
        TreeSet<String> out = new TreeSet<>();
        for (String a : s.accounts) {
            String c = campaignOf.get(a);
            if (c != null) out.add(c);
        }
        return out;
    }

    private void relate(String source, String type, String target) {
        String id = StixIds.object("relationship", source + "|" + type + "|" + target);
        ObjectNode o = sdo("relationship", id);
        o.put("relationship_type", type);
        o.put("source_ref", source);
        o.put("target_ref", target);
        relationships.put(id, o);
    }

    private ObjectNode sdo(String type, String id) {
        ObjectNode o = M.createObjectNode();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created_by_ref", identityId);
        o.put("created", stamp);
        o.put("modified", stamp);
        return o;
    }

    private static ObjectNode sco(String type, String id) {
        ObjectNode o = M.createObjectNode();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        return o;
    }

    private String asName(String asn) {
        String name = tally.asNames.get(Long.parseLong(asn));
        return "AS" + asn + (name == null ? "" : " (" + name + ")");
    }

    private String seen(StixTally.Seen s) {
        return "seen in " + s.count + (s.count == 1 ? " request" : " requests") + " from " + time(s.first) + " to " + time(s.last)
                + " by " + (s.accounts.size() == 1 ? "account " : "accounts ") + names(s.accounts) + " (case " + context.caseReference() + ")";
    }

    private static String names(java.util.Collection<String> accounts) {
        List<String> all = new ArrayList<>(accounts);
        String shown = String.join(", ", all.subList(0, Math.min(NAMED_ACCOUNTS, all.size())));
        return all.size() > NAMED_ACCOUNTS ? shown + " and " + (all.size() - NAMED_ACCOUNTS) + " more" : shown;
    }

    private String verdict(AccountResult a) {
        if (a == null) return context.hasDetections() ? "; not scored by detection" : "";
        TreeSet<String> detectors = new TreeSet<>();
        for (Finding f : a.findings()) detectors.add(f.detector());
        return "; detection (rules " + context.rulesVersion() + ") scored it " + Scores.round(a.score())
                + (a.flagged() ? ", flagged" : ", not flagged") + (detectors.isEmpty() ? "" : ", findings: " + String.join(", ", detectors));
    }

    static String time(long epochMs) { return STIX_TIME.format(Instant.ofEpochMilli(epochMs)); }
}
