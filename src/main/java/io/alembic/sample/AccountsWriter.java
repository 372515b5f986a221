package io.alembic.sample;

import io.alembic.bundle.HashingOutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** accounts.jsonl: the provider's registry entry for each account in the bundle, in account-id order. */
final class AccountsWriter {
    static final String PATH = "accounts.jsonl";

    private AccountsWriter() {}

    static FileEntry write(Path bundleDir, List<AccountPlan> accounts) throws IOException {
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        HashingOutputStream hashing = new HashingOutputStream(Files.newOutputStream(bundleDir.resolve(PATH)));
        try (OutputStream out = new BufferedOutputStream(hashing, 1 << 16)) {
            for (AccountPlan a : accounts) {
                try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                    g.writeStartObject();
                    g.writeStringField("account_id", a.accountId);
                    g.writeStringField("org_id", a.orgId);
                    g.writeStringField("created_at", Timestamps.formatSeconds(a.createdAtMs));
                    g.writeStringField("email_domain", a.emailDomain);
                    g.writeStringField("country", a.country);
                    g.writeStringField("payment_fingerprint", a.paymentFingerprint);
                    g.writeStringField("tier", a.tier);
                    g.writeStringField("status", a.status);
                    g.writeEndObject();
                }
                out.write('\n');
            }
        }
        return new FileEntry(PATH, "accounts", hashing.sha256(), hashing.count(), accounts.size());
    }
}
