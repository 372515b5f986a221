package io.alembic.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.AccountParser;
import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.RecordParser;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what readers make into the bundle folder: {@code records/part-00001.jsonl}, {@code accounts.jsonl} and
 * {@code rejected.jsonl}. Every converted line is parsed exactly as the importer will parse it before it is written,
 * so a record that would be quarantined is rejected here instead, where its source file and line are still known.
 */
final class BundleAssembler implements RecordSink, AutoCloseable {
    static final String REQUESTS = "records/part-00001.jsonl", ACCOUNTS = "accounts.jsonl", REJECTED = "rejected.jsonl";

    private final Path dir;
    private final long maxLineBytes;
    private final RecordParser parser = new RecordParser();
    private final AccountParser accountParser = new AccountParser();
    private OutputStream requests, accounts, rejected;
    long requestLines, accountLines, rejectedLines;
    private long minTs = Long.MAX_VALUE, maxTs = Long.MIN_VALUE;
    final List<String> notes = new ArrayList<>();

    BundleAssembler(Path dir, long maxLineBytes) {
        this.dir = dir;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public long maxLineBytes() { return maxLineBytes; }

    @Override
    public void request(ObjectNode record, Origin at) throws IOException {
        byte[] line = JsonLines.MAPPER.writeValueAsBytes(record);
        try {
            track(parser.parse(line, line.length).timestampMs());
        } catch (BadRecordException e) {
            ObjectNode src = (ObjectNode) record.get("source");
            reject(at, e.getMessage(), src != null && src.has("original") ? src.get("original").toString() : record.toString());
            return;
        }
        requests = write(requests, REQUESTS, line, line.length);
        requestLines++;
    }

    @Override
    public void nativeRequest(byte[] line, int length, Origin at) throws IOException {
        try {
            track(parser.parse(line, length).timestampMs());
        } catch (BadRecordException e) {
            reject(at, e.getMessage(), new String(line, 0, length, StandardCharsets.UTF_8));
            return;
        }
        requests = write(requests, REQUESTS, line, length);
        requestLines++;
    }

    @Override
    public void nativeAccount(byte[] line, int length, Origin at) throws IOException {
        try {
            accountParser.parse(line, length);
        } catch (BadRecordException e) {
            reject(at, e.getMessage(), new String(line, 0, length, StandardCharsets.UTF_8));
            return;
        }
        accounts = write(accounts, ACCOUNTS, line, length);
        accountLines++;
    }

    @Override
    public void reject(Origin at, String reason, String content) throws IOException {
        ObjectNode n = Native.F.objectNode();
        n.put("file", at.file());
        n.put("line", at.line());
        n.put("reason", reason);
        n.put("content", content);
        byte[] line = JsonLines.MAPPER.writeValueAsBytes(n);
        rejected = write(rejected, REJECTED, line, line.length);
        rejectedLines++;
    }

    @Override
    public void note(String note) {
        if (!notes.contains(note) && notes.size() < 100) notes.add(note);
    }

    private void track(long ts) {
        minTs = Math.min(minTs, ts);
        maxTs = Math.max(maxTs, ts);
    }

    String firstTimestamp() { return minTs == Long.MAX_VALUE ? null : Native.epochMillis(minTs); }

    String lastTimestamp() { return maxTs == Long.MIN_VALUE ? null : Native.epochMillis(maxTs); }

    private OutputStream write(OutputStream out, String name, byte[] line, int length) throws IOException {
        if (out == null) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
        }
        out.write(line, 0, length);
        out.write('\n');
        return out;
    }

    @Override
    public void close() throws IOException {
        for (OutputStream o : new OutputStream[] {requests, accounts, rejected}) if (o != null) o.close();
    }
}
