package io.alembic.detect.profile;

import io.alembic.detect.parts.Hashing;
import io.alembic.detect.parts.TopCounter;

import java.util.Arrays;
import java.util.List;

/**
 * What an account asked, reduced on arrival to numbers that need no vocabulary: a hash of each prompt (repeats, and
 * overlap with other accounts), MinHash band keys of its edges (recurring scaffolds, in any language), the shape of
 * each conversation, the system prompt, and a structural style class (code-like, numeric, question, length). The text
 * itself is dropped.
 */
public final class Content {
    /** Style classes: 2 (code) x 2 (numeric) x 2 (question) x 3 (length). */
    public static final int STYLES = 24;
    private final int bands;
    private long[] hashes = new long[4], firsts = new long[4], lasts = new long[4], prefixes = new long[4], suffixes = new long[4];
    private int[] seqs = new int[4];
    /** Hashes of a multi-line prompt's first and last lines (0 for a one-line prompt): wrappers composed of whole lines. */
    private int[] headLines = new int[4], tailLines = new int[4];
    private int[] bandKeys;
    private int n;
    long tokens, multiTurn, shortPrompts, nonLatin;
    final long[] styles = new long[STYLES];
    final TopCounter<Integer> shapes = new TopCounter<>(4);
    final TopCounter<Long> systems = new TopCounter<>(4);
    private long[] sortedHashes;
    private long repeats;
    /** Per follow-up with both answers known: how many times longer its answer is than the answer it follows. */
    private float[] growth = new float[0];
    private int[] growthSeqs = new int[0];
    private long[] growthConversations = new long[0];
    private int followUps;

    Content(int bands) {
        this.bands = bands;
        this.bandKeys = new int[4 * bands];
    }

    void add(int seq, List<String> tokenList, String prompt, String system, String first, String last, int messages,
             int assistantTurns, long[] keys, int priorAnswerChars, int answerChars) {
        if (assistantTurns > 0 && priorAnswerChars > 0 && answerChars > 0) {
            if (followUps == growth.length) {
                growth = Arrays.copyOf(growth, Math.max(8, followUps * 2));
                growthSeqs = Arrays.copyOf(growthSeqs, growth.length);
                growthConversations = Arrays.copyOf(growthConversations, growth.length);
            }
            growthConversations[followUps] = first.equals(prompt) ? 0 : textHash(first);
            growth[followUps] = answerChars / (float) priorAnswerChars;
            growthSeqs[followUps++] = seq;
        }
        if (n == hashes.length) {
            hashes = Arrays.copyOf(hashes, n * 2);
            firsts = Arrays.copyOf(firsts, n * 2);
            lasts = Arrays.copyOf(lasts, n * 2);
            prefixes = Arrays.copyOf(prefixes, n * 2);
            suffixes = Arrays.copyOf(suffixes, n * 2);
            seqs = Arrays.copyOf(seqs, n * 2);
            headLines = Arrays.copyOf(headLines, n * 2);
            tailLines = Arrays.copyOf(tailLines, n * 2);
            bandKeys = Arrays.copyOf(bandKeys, n * 2 * bands);
        }
        long h = 0x51ED270B2A3F1C4DL;
        for (String t : tokenList) h = Hashing.mix(h * 31 + t.hashCode());
        hashes[n] = h;
        firsts[n] = first.equals(prompt) ? h : textHash(first);
        lasts[n] = assistantTurns > 0 ? textHash(last) : 0;
        prefixes[n] = edge(tokenList, true);
        suffixes[n] = edge(tokenList, false);
        seqs[n] = seq;
        lines(last, n);
        for (int b = 0; b < bands; b++) bandKeys[n * bands + b] = (int) keys[b];
        n++;
        tokens += tokenList.size();
        if (tokenList.size() < 5) shortPrompts++;
        if (assistantTurns > 0) multiTurn++;
        shapes.add(Math.min(messages, 64) * 2 + (system.isEmpty() ? 0 : 1));
        systems.add(system.isEmpty() ? 0L : Sources.hash(system));
        styles[style(prompt, tokenList.size())]++;
        if (mostlyNonLatin(prompt)) nonLatin++;
    }

    /** Exact tokens a wrapper keeps around its slot: the first (or last) EDGE tokens of a prompt with a middle. */
    public static final int EDGE = 6;

    private static long edge(List<String> tokens, boolean head) {
        if (tokens.size() < 2 * EDGE + 1) return 0;
        long h = head ? 0x1E5AL : 0x7A11L;
        int from = head ? 0 : tokens.size() - EDGE;
        for (int i = from; i < from + EDGE; i++) h = Hashing.mix(h * 31 + tokens.get(i).hashCode());
        return h == 0 ? 1 : h;
    }

    /**
     * The first and last non-blank lines of a message of two or more, when they hold a letter or digit: a wrapper built of
     * whole lines (an opening line, an instruction, a closing line, in any order and language) keeps some of them
     * verbatim while the item between them changes, which the word edges miss when the pieces are short or reordered.
     */
    private void lines(String text, int i) {
        int start = -1, end = -1, firstEnd = -1, lastStart = -1, count = 0;
        int len = Math.min(text.length(), 20_000);
        for (int p = 0; p <= len; ) {
            int nl = p < len ? text.indexOf('\n', p) : -1;
            int stop = nl < 0 || nl > len ? len : nl;
            int a = p, b = stop;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b > a) {
                if (count++ == 0) { start = a; firstEnd = b; }
                lastStart = a;
                end = b;
            }
            p = stop + 1;
        }
        headLines[i] = count >= 2 ? lineKey(text, start, firstEnd) : 0;
        tailLines[i] = count >= 2 ? lineKey(text, lastStart, end) : 0;
    }

    private static int lineKey(String text, int from, int to) {
        boolean word = false;
        int h = 0x2F6B;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            word |= Character.isLetterOrDigit(c);
            h = 31 * h + c;
        }
        int key = (int) Hashing.mix(h);
        return !word ? 0 : key == 0 ? 1 : key;
    }

    /**
     * Prompts that open (or close) with the same exact run of words as at least minCount and minShare of the account's
     * prompts: a wrapper around a slot, found the way log-template miners find constant parts, in any language.
     * @param evidence filled with the scan sequence numbers of the first such requests; returns the count
     */
    public int wrapped(int minCount, double minShare, int[] evidence, long[] heavyKeys) {
        int need = (int) Math.max(minCount, Math.ceil(minShare * n));
        java.util.Set<Long> heavy = new java.util.HashSet<>();
        long[] heads = new long[n], tails = new long[n];
        // line keys live apart from word-edge keys (high bit set), so the two never collide
        for (int i = 0; i < n; i++) {
            heads[i] = headLines[i] == 0 ? 0 : (1L << 40) | (headLines[i] & 0xFFFFFFFFL);
            tails[i] = tailLines[i] == 0 ? 0 : (2L << 40) | (tailLines[i] & 0xFFFFFFFFL);
        }
        for (long[] keys : new long[][]{prefixes, suffixes, heads, tails}) {
            long[] col = Arrays.copyOf(keys, n);
            Arrays.sort(col);
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && col[j] == col[i]) j++;
                if (col[i] != 0 && j - i >= need) heavy.add(col[i]);
                i = j;
            }
        }
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (heavy.contains(prefixes[i]) || heavy.contains(suffixes[i]) || heavy.contains(heads[i]) || heavy.contains(tails[i])) {
                if (hits < evidence.length) evidence[hits] = seqs[i];
                hits++;
            }
        }
        long[] sorted = heavy.stream().mapToLong(Long::longValue).sorted().toArray();
        System.arraycopy(sorted, 0, heavyKeys, 0, Math.min(sorted.length, heavyKeys.length));
        return hits;
    }

    /** A message's identity for telling conversations and follow-ups apart: lower-cased word tokens, punctuation ignored. */
    static long textHash(String s) {
        long h = 0x51ED270B2A3F1C4DL;
        for (String t : io.alembic.detect.parts.Tokenizer.tokens(s.length() > 4000 ? s.substring(0, 4000) : s)) h = Hashing.mix(h * 31 + t.hashCode());
        return h;
    }

    /** Structural class of a prompt: looks like code, carries numbers, asks a question, and how long it is. */
    static int style(String s, int tokenCount) {
        int code = 0, digits = 0, letters = 0;
        int len = Math.min(s.length(), 4000);
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}' || c == ';' || c == '=' || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']'
                    || c == '_' || c == '`') code++;
            else if (Character.isDigit(c)) digits++;
            else if (Character.isLetter(c)) letters++;
        }
        int total = Math.max(1, code + digits + letters);
        boolean isCode = code >= 4 && code * 100 >= 4 * total;
        boolean numeric = digits >= 2 && digits * 100 >= 2 * total;
        int end = s.length() - 1;
        while (end >= 0 && Character.isWhitespace(s.charAt(end))) end--;
        char last = end >= 0 ? s.charAt(end) : ' ';
        boolean question = last == '?' || last == '\uFF1F' || last == '\u061F';
        int length = tokenCount < 12 ? 0 : tokenCount < 40 ? 1 : 2;
        return ((isCode ? 1 : 0) * 2 + (numeric ? 1 : 0)) * 6 + (question ? 1 : 0) * 3 + length;
    }

    /** More than half of the letters outside the Latin script (sampled over the first 400 characters). */
    static boolean mostlyNonLatin(String s) {
        int latin = 0, other = 0;
        for (int i = 0; i < Math.min(s.length(), 400); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (c < 0x250) latin++; else other++;
        }
        return other > latin;
    }

    /** Counts repeated prompts once the account is complete. */
    void seal() {
        sortedHashes = Arrays.copyOf(hashes, n);
        Arrays.sort(sortedHashes);
        for (int i = 1; i < n; i++) if (sortedHashes[i] == sortedHashes[i - 1]) repeats++;
        followUps();
    }

    private long conversations, probedConversations, recurringFollowUps;

    /**
     * Conversations (distinct opening messages), and those continued with a follow-up message that the account also
     * sent in at least two other conversations: a canned question put to every item, not a person's own next question.
     * Agent loops repeat their task message within one conversation, which does not count.
     */
    private void followUps() {
        long[] f = Arrays.copyOf(firsts, n);
        Arrays.sort(f);
        for (int i = 0; i < n; i++) if (i == 0 || f[i] != f[i - 1]) conversations++;
        List<long[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) if (lasts[i] != 0 && lasts[i] != firsts[i]) pairs.add(new long[]{lasts[i], firsts[i]});
        pairs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        java.util.Set<Long> probed = new java.util.HashSet<>();
        for (int i = 0; i < pairs.size(); ) {
            int j = i, distinct = 0;
            while (j < pairs.size() && pairs.get(j)[0] == pairs.get(i)[0]) {
                if (j == i || pairs.get(j)[1] != pairs.get(j - 1)[1]) distinct++;
                j++;
            }
            if (distinct >= 3) {
                recurringFollowUps++;
                for (int k = i; k < j; k++) probed.add(pairs.get(k)[1]);
            }
            i = j;
        }
        probedConversations = probed.size();
    }

    /** Follow-ups whose own answer and the earlier answer they carry are both known. */
    public int answeredFollowUps() { return followUps; }

    /** Conversations with at least one follow-up whose own answer and the earlier answer it carries are both known. */
    public int answeredConversations() { return distinctConversations(0); }

    /** Conversations in which some follow-up drew an answer at least ratio times as long as the earlier answer it carried. */
    public int grownConversations(double ratio) { return distinctConversations(ratio); }

    /** Scan sequence numbers of the first follow-ups whose answer grew at least ratio times. */
    public int[] grownEvidence(double ratio, int max) {
        int[] out = new int[max];
        int k = 0;
        for (int i = 0; i < followUps && k < max; i++) if (growth[i] >= ratio) out[k++] = growthSeqs[i];
        return Arrays.copyOf(out, k);
    }

    private int distinctConversations(double ratio) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < followUps; i++) if (growth[i] >= ratio) seen.add(growthConversations[i]);
        return seen.size();
    }

    /** Median of answer length over the length of the answer followed up on, over answered follow-ups (0 if none). */
    public double medianGrowth() {
        if (followUps == 0) return 0;
        float[] g = Arrays.copyOf(growth, followUps);
        Arrays.sort(g);
        return g[followUps / 2];
    }

    /** Distinct opening messages. */
    public long conversations() { return conversations; }

    /** Conversations continued with a follow-up the account also put to at least two other conversations. */
    public long probedConversations() { return probedConversations; }

    /** Distinct follow-up messages put to at least three conversations. */
    public long recurringFollowUps() { return recurringFollowUps; }

    public int size() { return n; }

    /** Requests whose prompt the account had already sent (exact, after lower-casing and dropping punctuation). */
    public long repeats() { return repeats; }

    public long multiTurn() { return multiTurn; }

    public long shortPrompts() { return shortPrompts; }

    public long nonLatin() { return nonLatin; }

    public double meanTokens() { return n == 0 ? 0 : tokens / (double) n; }

    /** Share of requests with the account's most common conversation shape (message count, system prompt or not). */
    public double dominantShapeShare() { return shapes.topShare(); }

    public Integer dominantShapeMessages() { return shapes.first() == null ? null : shapes.first().value() / 2; }

    /** Share of requests carrying the account's most common system prompt (an empty one counts as a prompt too). */
    public double dominantSystemShare() { return systems.topShare(); }

    public boolean dominantSystemEmpty() { return systems.first() == null || systems.first().value() == 0L; }

    /** Effective number of style classes used (exp of the entropy): 1 for one kind of prompt, up to 24. */
    public double styleBreadth() {
        double e = 0;
        for (long c : styles) if (c > 0) { double p = c / (double) n; e -= p * Math.log(p); }
        return Math.exp(e);
    }

    public long[] styles() { return styles.clone(); }

    /** The k smallest distinct prompt hashes: a bottom-k sketch, so two accounts' prompt overlap can be estimated. */
    public long[] bottomK(int k) {
        long[] out = new long[Math.min(k, n)];
        int m = 0;
        for (int i = 0; i < n && m < out.length; i++) if (i == 0 || sortedHashes[i] != sortedHashes[i - 1]) out[m++] = sortedHashes[i];
        return Arrays.copyOf(out, m);
    }

    /**
     * Requests with a band key in one of the heavy buckets (per band, sorted): members of recurring scaffolds.
     * @param evidence filled with the scan sequence numbers of the first such requests
     */
    public int templated(int[][] heavyPerBand, int[] evidence) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < bands; b++) {
                if (heavyPerBand[b].length > 0 && Arrays.binarySearch(heavyPerBand[b], bandKeys[i * bands + b]) >= 0) {
                    if (hits < evidence.length) evidence[hits] = seqs[i];
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    /** Band keys held by at least minCount prompts and minShare of them, per band, sorted: recurring scaffolds. */
    public int[][] heavyBuckets(int minCount, double minShare) {
        int[][] out = new int[bands][];
        int need = (int) Math.max(minCount, Math.ceil(minShare * n));
        int[] col = new int[n];
        for (int b = 0; b < bands; b++) {
            for (int i = 0; i < n; i++) col[i] = bandKeys[i * bands + b];
            Arrays.sort(col);
            int[] heavy = new int[4];
            int k = 0;
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && col[j] == col[i]) j++;
                if (j - i >= need) {
                    if (k == heavy.length) heavy = Arrays.copyOf(heavy, k * 2);
                    heavy[k++] = col[i];
                }
                i = j;
            }
            out[b] = Arrays.copyOf(heavy, k);
        }
        return out;
    }

    /** Drops per-request arrays once the summary has been taken. */
    void release() {
        hashes = null;
        firsts = null;
        lasts = null;
        prefixes = null;
        suffixes = null;
        seqs = null;
        headLines = null;
        tailLines = null;
        bandKeys = null;
        sortedHashes = null;
        growth = null;
        growthSeqs = null;
        growthConversations = null;
    }
}
