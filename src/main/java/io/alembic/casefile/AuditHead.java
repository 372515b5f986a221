package io.alembic.casefile;

/**
 * The newest entry of the audit chain: its sequence number and hash. Written down outside the case (paper, an email,
 * an exhibit), it lets {@code verify --expect-head} show that nobody rewrote the log and the database together.
 */
public record AuditHead(long seq, String hash) {
    /** As printed and as {@code --expect-head} takes it: {@code SEQ:HASH}. */
    @Override
    public String toString() { return seq + ":" + hash; }

    public static AuditHead parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) throw new CaseException("audit head \"" + text + "\" is not of the form SEQ:HASH");
        long seq;
        try {
            seq = Long.parseLong(text.substring(0, colon).trim());
        } catch (NumberFormatException e) {
            throw new CaseException("audit head \"" + text + "\": " + text.substring(0, colon) + " is not a sequence number");
        }
        String hash = text.substring(colon + 1).trim().toLowerCase(java.util.Locale.ROOT);
        // a hash copied by hand may be shortened, but not so far that another entry could match by chance
        if (!hash.matches("[0-9a-f]{16,64}")) throw new CaseException("audit head \"" + text + "\": the hash must be 16 to 64 hex digits");
        return new AuditHead(seq, hash);
    }

    /** True when {@code other} is this head, allowing this one's hash to be a prefix (a head copied by hand). */
    public boolean matches(long seq, String fullHash) { return this.seq == seq && fullHash != null && fullHash.startsWith(hash); }
}
