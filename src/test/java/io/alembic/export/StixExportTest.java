package io.alembic.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import io.alembic.bundle.RecordParser;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.Finding;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The STIX bundle over a synthetic case: two accounts linked into a cluster, one on its own, a router with the origin
 * it forwarded for, an IPv6 client and a user agent written to break patterns. Every object validates against the
 * official STIX 2.1 schemas (vendored, read locally only), and the same input gives the same bytes.
 */
class StixExportTest {
    static final String HOSTILE_UA = "evil'agent\\\"x\\' ] OR [ipv4-addr:value = '0.0.0.0'] \u00e9";
    static final ObjectMapper M = new ObjectMapper();

    @TempDir Path tmp;

    static List<ExportRecord> records() throws Exception {
        List<String> lines = new ArrayList<>();
        Map<String, Object> routed = Map.of("client", Map.of("ip", "198.51.100.7", "asn", 64501, "as_org", "Relay \"Net\" AS",
                "user_agent", HOSTILE_UA, "router", "relay.example.net", "forwarded_for", List.of("100.64.0.7", "2001:db8::7")));
        Map<String, Object> v6 = Map.of("client", Map.of("ip", "2001:db8::1", "asn", 64502, "user_agent", "python-httpx/0.27.0"));
        for (int i = 0; i < 4; i++) lines.add(request("ra" + i, "2026-01-0" + (1 + i) + "T10:00:00Z", "acct_a", "m", "Explain item " + i, routed));
        for (int i = 0; i < 3; i++) lines.add(request("rb" + i, "2026-01-0" + (2 + i) + "T11:00:00Z", "acct_b", "m", "List item " + i, v6));
        for (int i = 0; i < 2; i++) lines.add(request("rc" + i, "2026-01-0" + (3 + i) + "T12:00:00Z", "acct_c", "m", "Poem " + i));
        RecordParser p = new RecordParser();
        List<ExportRecord> out = new ArrayList<>();
        int n = 0;
        for (String l : lines) {
            byte[] b = l.getBytes(StandardCharsets.UTF_8);
            out.add(new ExportRecord(p.parse(b, b.length), "B-1", "records/part-00001.jsonl", ++n));
        }
        return out;
    }

    static ExportContext context() {
        Finding f = new Finding("templating", "templating-1", "acct_a", 0.8, "one template, many fillers", List.of("ra0", "ra1"), 4);
        List<AccountResult> accounts = List.of(
                new AccountResult("acct_a", 0.91, true, List.of(f), "k-acct_a"),
                new AccountResult("acct_b", 0.75, true, List.of(), "k-acct_a"),
                new AccountResult("acct_c", 0.72, true, List.of(), null));
        Cluster c = new Cluster("k-acct_a", List.of("acct_a", "acct_b"),
                List.of(new Link("payment", "card fp_1", 0.9, List.of("acct_a", "acct_b"))), 0.88, true, List.of("They pay with one card."));
        return new ExportContext("CASE-1", "Example AI", new DetectionReport("rules-test", 9, accounts, List.of(c)), "2026-02-01T09:30:00.123456Z");
    }

    Path export(String name) throws Exception {
        ExportJob job = ExportJob.open(new ExportRequest(ExportFormat.STIX, ExportScope.all(), tmp.resolve(name)), context());
        for (ExportRecord r : records()) job.record(r);
        return job.finish().main().path();
    }

    @Test
    void everyObjectValidatesAgainstTheOfficialSchemasWithoutNetwork() throws Exception {
        String json = Files.readString(export("a.json"));
        StixSchemas schemas = new StixSchemas();
        assertEquals(List.of(), schemas.validateBundle(json));
        JsonNode bundle = M.readTree(json);
        Set<String> types = new TreeSet<>();
        for (JsonNode o : bundle.get("objects")) {
            String type = o.get("type").asText();
            types.add(type);
            assertEquals(List.of(), schemas.validateObject(type, o.toString()), o.toString());
        }
        assertEquals(new TreeSet<>(List.of("identity", "campaign", "indicator", "infrastructure", "observed-data", "relationship",
                "user-account", "ipv4-addr", "ipv6-addr", "autonomous-system", "domain-name")), types);
        assertFalse(schemas.requested().isEmpty());
        for (String iri : schemas.requested()) assertTrue(iri.startsWith(StixSchemas.BASE), "validator asked for " + iri);
    }

    @Test
    void theValidatorNeverFetches() {
        StixSchemas schemas = new StixSchemas();
        String elsewhere = "http://example.invalid/schema.json";
        assertThrows(RuntimeException.class, () -> schemas.registry()
                .getSchema("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\"" + elsewhere + "\"}")
                .validate("{}", InputFormat.JSON));
        // the one loader that answered was ours, and it had nothing: no other route (HTTP) was taken
        assertEquals(Set.of(elsewhere), Set.copyOf(schemas.requested()));
    }

    @Test
    void sameInputSameBytes() throws Exception {
        assertArrayEquals(Files.readAllBytes(export("a.json")), Files.readAllBytes(export("b.json")));
    }

    @Test
    void campaignsFollowClustersAndTimestampsComeFromTheCase() throws Exception {
        JsonNode bundle = M.readTree(export("a.json").toFile());
        List<String> campaigns = new ArrayList<>();
        for (JsonNode o : bundle.get("objects")) {
            if (o.has("created")) assertEquals("2026-02-01T09:30:00.123Z", o.get("created").asText(), o.toString());
            if (o.get("type").asText().equals("campaign")) campaigns.add(o.get("name").asText());
            if (o.get("type").asText().equals("indicator") && o.get("name").asText().equals("Account acct_a")) {
                assertEquals("2026-01-01T10:00:00.000Z", o.get("valid_from").asText());
                assertEquals(91, o.get("confidence").asInt());
            }
        }
        assertEquals(List.of("Distillation activity of account acct_c", "Distillation campaign k-acct_a (2 linked accounts)"),
                campaigns.stream().sorted().toList());
    }

    /** STIX string literal per the pattern grammar: quote, then (anything but ' and \, or \' or \\)*, then quote. */
    static final Pattern COMPARISON = Pattern.compile("^\\[([a-z0-9-]+):([A-Za-z0-9_.'-]+) = '((?:[^'\\\\]|\\\\['\\\\])*)'\\]$");

    @Test
    void hostileValuesAreEscapedInPatterns() throws Exception {
        JsonNode bundle = M.readTree(export("a.json").toFile());
        String pattern = null;
        for (JsonNode o : bundle.get("objects")) {
            if (o.path("name").asText().startsWith("User agent evil")) pattern = o.get("pattern").asText();
            if (o.has("pattern") && !o.get("pattern").asText().startsWith("[autonomous-system")) {
                assertTrue(COMPARISON.matcher(o.get("pattern").asText()).matches(), o.get("pattern").asText());
            }
        }
        assertEquals("[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = "
                + "'evil\\'agent\\\\\"x\\\\\\' ] OR [ipv4-addr:value = \\'0.0.0.0\\'] \u00e9']", pattern);
        Matcher m = COMPARISON.matcher(pattern);
        assertTrue(m.matches());
        assertEquals(HOSTILE_UA, m.group(3).replaceAll("\\\\(['\\\\])", "$1"), "the literal reads back as the value");
    }

    @Test
    void idsAreUuidV5() {
        assertEquals(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"),
                StixIds.uuid5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
        // STIX 2.1 §2.9: an observable's id is UUIDv5 of its id-contributing properties' canonical JSON
        assertEquals("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4", StixIds.observable("ipv4-addr", "value", "198.51.100.3"));
    }
}
