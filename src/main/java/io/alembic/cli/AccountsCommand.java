package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.Case;
import io.alembic.store.AccountSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Per-account overview: records, first/last seen, keys, IPs, countries, routers, token totals.")
final class AccountsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<AccountSummary> accounts;
        try (Case c = Case.open(caseOption.dir)) {
            accounts = c.accounts();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            ArrayNode a = n.putArray("accounts");
            for (AccountSummary s : accounts) {
                ObjectNode o = a.addObject();
                o.put("account_id", s.accountId());
                o.put("records", s.records());
                o.put("first_seen", s.firstSeen());
                o.put("last_seen", s.lastSeen());
                o.set("keys", Json.strings(s.keys()));
                o.set("ips", Json.strings(s.ips()));
                ArrayNode asns = o.putArray("asns");
                s.asns().forEach(asns::add);
                o.set("countries", Json.strings(s.countries()));
                o.set("routers", Json.strings(s.routers()));
                o.put("input_tokens", s.inputTokens());
                o.put("output_tokens", s.outputTokens());
                o.put("reasoning_tokens", s.reasoningTokens());
                if (s.status() != null) o.put("status", s.status());
            }
            Json.print(out, n);
        } else {
            out.printf("%-20s %8s  %-24s  %-24s %5s %5s  %-12s %s%n", "ACCOUNT", "RECORDS", "FIRST SEEN", "LAST SEEN", "KEYS", "IPS", "COUNTRIES", "ROUTERS");
            for (AccountSummary s : accounts) {
                out.printf("%-20s %8d  %-24s  %-24s %5d %5d  %-12s %s%n", s.accountId(), s.records(), s.firstSeen(), s.lastSeen(),
                        s.keys().size(), s.ips().size(), String.join(",", s.countries()), String.join(",", s.routers()));
            }
            out.flush();
        }
        return Main.OK;
    }
}
