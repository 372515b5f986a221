package io.alembic.spark;

import io.alembic.detect.AccountSummary;
import io.alembic.detect.DetectionEngine;
import io.alembic.detect.LogContext;
import io.alembic.detect.profile.ProfileBuilder;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The per-account stage on one partition, whose rows arrive grouped by account and in input order within it: a fresh
 * profile builder per account, sealed against the whole log's window, one {@link AccountSummary} out per account
 * with the request ids it cites already named (sequence numbers are per builder, so they are named right here). Only
 * one account's profile is in memory at a time. Output: each summary Java-serialised (they are small).
 */
final class ProfileStage implements MapPartitionsFunction<Row, byte[]> {
    private final String rulesJson;
    private final String rulesVersion;
    private final LogContext log;

    ProfileStage(String rulesJson, String rulesVersion, LogContext log) {
        this.rulesJson = rulesJson;
        this.rulesVersion = rulesVersion;
        this.log = log;
    }

    @Override
    public Iterator<byte[]> call(Iterator<Row> rows) {
        DetectionEngine engine = Engines.engine(rulesJson, rulesVersion);
        return new Iterator<>() {
            Row pending = rows.hasNext() ? rows.next() : null;

            @Override public boolean hasNext() { return pending != null; }

            @Override
            public byte[] next() {
                if (pending == null) throw new NoSuchElementException();
                String account = FactsRows.accountId(pending);
                ProfileBuilder b = engine.newBuilder();
                List<String> ids = new ArrayList<>();
                while (pending != null && FactsRows.accountId(pending).equals(account)) {
                    var facts = FactsRows.facts(pending);
                    int seq = b.accept(facts);
                    if (seq != ids.size()) throw new IllegalStateException("profile builder numbered a request " + seq + ", expected " + ids.size());
                    ids.add(facts.requestId());
                    pending = rows.hasNext() ? rows.next() : null;
                }
                List<AccountSummary> one = engine.summarize(b, log);
                if (one.size() != 1) throw new IllegalStateException(account + ": " + one.size() + " summaries from one account's requests");
                AccountSummary s = one.get(0);
                Map<Integer, String> names = new HashMap<>();
                for (int q : s.citedSeqs()) names.put(q, ids.get(q));
                return serialize(s.withEvidenceIds(names));
            }
        };
    }

    static byte[] serialize(AccountSummary s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static AccountSummary deserialize(byte[] b) {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(b))) {
            return (AccountSummary) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read an account summary: " + e, e);
        }
    }
}
