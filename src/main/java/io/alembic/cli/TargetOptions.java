package io.alembic.cli;

import io.alembic.store.Target;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** --record/--account/--key/--ip, each repeatable: what a tag, note or bookmark is put on. */
final class TargetOptions {
    @Option(names = "--record", paramLabel = "ID", description = "A record, by request_id (repeatable).")
    List<String> records = new ArrayList<>();

    @Option(names = "--account", paramLabel = "ACCOUNT", description = "An account id (repeatable).")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--key", paramLabel = "KEY", description = "An API key id (repeatable).")
    List<String> keys = new ArrayList<>();

    @Option(names = "--ip", paramLabel = "IP", description = "A client IP address (repeatable).")
    List<String> ips = new ArrayList<>();

    List<Target> targets() {
        List<Target> out = new ArrayList<>();
        records.forEach(r -> out.add(Target.record(r)));
        accounts.forEach(a -> out.add(Target.account(a)));
        keys.forEach(k -> out.add(Target.key(k)));
        ips.forEach(i -> out.add(Target.ip(i)));
        return out;
    }
}
