package io.alembic.detect.parts;

/**
 * How much a shared value says about two accounts, from how many accounts in this log have it (its document frequency,
 * df). Two measures, for two kinds of value:
 * <ul>
 * <li>identity values (a payment card, a custom e-mail domain, a forwarded origin): sharing one means common control
 * until the value is so widely held that it must be a public service (webmail, a carrier's NAT); {@link #knee} keeps
 * full weight up to a knee and falls to nothing at a ceiling that grows with the log;</li>
 * <li>behaviour values (a calendar moment, a parameter set, an agent, a scaffold): each shared value is a coincidence
 * with probability (df/N)^2 for a given pair, so a pair's evidence is the surprise {@link #surprise} = 2 ln(N/df)
 * summed over what it shares, set against ln(N^2/2), the surprise one expects somewhere among all pairs of N accounts
 * ({@link #chance}). A bigger log needs a rarer match, automatically.</li>
 * </ul>
 */
public final class Rarity {
    private Rarity() { }

    /** 1 up to the knee, log-linear down to 0 at the ceiling. */
    public static double knee(long df, double knee, double ceiling) {
        if (df <= knee) return 1;
        if (df >= ceiling) return 0;
        return Math.log(ceiling / df) / Math.log(ceiling / knee);
    }

    /** The ceiling for a log of n accounts: max(floor, share * n). */
    public static double ceiling(long accounts, double share, double floor) {
        return Math.max(floor, share * accounts);
    }

    /** Surprise of one pair sharing a value held by df of n accounts: -ln((df/n)^2). */
    public static double surprise(long df, long accounts) {
        return 2 * Math.log(accounts / (double) Math.max(2, df));
    }

    /** The surprise the best of all n(n-1)/2 pairs reaches by chance: ln(n^2 / 2). */
    public static double chance(long accounts) {
        return Math.log(Math.max(2.0, accounts * (double) accounts / 2));
    }
}
