package io.alembic.store;

import io.alembic.bundle.AccountRecord;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The account registry from bundles, and the per-account aggregates derived from the requests. */
public final class AccountStore {
    private final CaseDatabase db;

    public AccountStore(CaseDatabase db) { this.db = db; }

    public void upsert(AccountRecord a, String bundleKey) {
        Sql.update(db, """
                INSERT INTO accounts(account_id, org_id, created_at, email_domain, country, payment_fingerprint, tier, status, raw_json, bundle_key)
                VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(account_id) DO UPDATE SET org_id = excluded.org_id,
                  created_at = excluded.created_at, email_domain = excluded.email_domain, country = excluded.country,
                  payment_fingerprint = excluded.payment_fingerprint, tier = excluded.tier, status = excluded.status,
                  raw_json = excluded.raw_json, bundle_key = excluded.bundle_key""",
                a.accountId(), a.orgId(), a.createdAt(), a.emailDomain(), a.country(), a.paymentFingerprint(), a.tier(),
                a.status(), a.rawJson(), bundleKey);
    }

    /**
     * Recomputes the derived tables (per-account stats, API keys, client addresses) from the requests. Idempotent,
     * so a crash between import and this step is repaired by running it again.
     */
    public void rebuildDerived() {
        try (Statement s = db.connection().createStatement()) {
            s.execute("DELETE FROM account_stats");
            s.execute("""
                    INSERT INTO account_stats(account_id, records, first_ms, last_ms, keys, ips, asns, countries, routers,
                      input_tokens, output_tokens, reasoning_tokens)
                    SELECT account_id, COUNT(*), MIN(ts_ms), MAX(ts_ms), GROUP_CONCAT(DISTINCT api_key_id),
                      GROUP_CONCAT(DISTINCT ip), GROUP_CONCAT(DISTINCT asn), GROUP_CONCAT(DISTINCT country),
                      GROUP_CONCAT(DISTINCT router), SUM(input_tokens), SUM(output_tokens), SUM(reasoning_tokens)
                    FROM requests GROUP BY account_id""");
            s.execute("DELETE FROM api_keys");
            s.execute("""
                    INSERT INTO api_keys(api_key_id, account_id, first_ms, last_ms, requests)
                    SELECT api_key_id, account_id, MIN(ts_ms), MAX(ts_ms), COUNT(*) FROM requests
                    WHERE api_key_id IS NOT NULL GROUP BY api_key_id, account_id""");
            s.execute("DELETE FROM clients");
            s.execute("""
                    INSERT INTO clients(ip, asn, as_org, country, router, first_ms, last_ms, requests, accounts)
                    SELECT ip, asn, MAX(as_org), MAX(country), router, MIN(ts_ms), MAX(ts_ms), COUNT(*), COUNT(DISTINCT account_id)
                    FROM requests WHERE ip IS NOT NULL GROUP BY ip, asn, router""");
            db.connection().commit();
        } catch (SQLException e) {
            throw db.fail("rebuild account statistics", e);
        }
    }

    /** The registry rows, in account-id order. */
    public List<AccountRecord> records() {
        return Sql.list(db, """
                SELECT account_id, org_id, created_at, email_domain, country, payment_fingerprint, tier, status, raw_json
                FROM accounts ORDER BY account_id""", rs -> new AccountRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
    }

    public long countWithRequests() { return Sql.queryLong(db, "SELECT COUNT(*) FROM account_stats"); }

    public List<AccountSummary> summaries() {
        try (PreparedStatement s = db.connection().prepareStatement("""
                SELECT s.account_id, s.records, s.first_ms, s.last_ms, s.keys, s.ips, s.asns, s.countries, s.routers,
                  s.input_tokens, s.output_tokens, s.reasoning_tokens, a.status
                FROM account_stats s LEFT JOIN accounts a ON a.account_id = s.account_id ORDER BY s.records DESC, s.account_id""");
             ResultSet rs = s.executeQuery()) {
            List<AccountSummary> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new AccountSummary(rs.getString(1), rs.getLong(2), ts(rs.getLong(3)), ts(rs.getLong(4)), split(rs.getString(5)),
                        split(rs.getString(6)), split(rs.getString(7)).stream().map(Long::valueOf).toList(), split(rs.getString(8)),
                        split(rs.getString(9)), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getString(13)));
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("read accounts", e);
        }
    }

    private static String ts(long ms) { return io.alembic.bundle.Timestamps.format(ms); }

    private static List<String> split(String groupConcat) {
        if (groupConcat == null || groupConcat.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(Arrays.asList(groupConcat.split(",")));
        out.sort(null);
        return out;
    }
}
