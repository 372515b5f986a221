package io.alembic.spark;

import io.alembic.detect.RequestFacts;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link RequestFacts} as a Spark SQL row, so the shuffle by account moves compact binary rows (Tungsten) instead of
 * serialised objects. The conversion is lossless: {@link #facts(Row)} rebuilds an equal record. A conversation's last
 * and first user message are left null when they equal the whole prompt (the single-turn case): the record restores
 * them, and the shuffle does not carry the prompt three times.
 */
final class FactsRows {
    private FactsRows() { }

    static final StructType SCHEMA = new StructType(new StructField[]{
            f("ordinal", DataTypes.LongType, false),
            f("request_id", DataTypes.StringType, false),
            f("account_id", DataTypes.StringType, false),
            f("api_key_id", DataTypes.StringType, true),
            f("ts", DataTypes.LongType, false),
            f("status", DataTypes.IntegerType, false),
            f("error_type", DataTypes.StringType, true),
            f("model", DataTypes.StringType, true),
            f("endpoint", DataTypes.StringType, true),
            f("ip", DataTypes.StringType, true),
            f("asn", DataTypes.LongType, true),
            f("as_org", DataTypes.StringType, true),
            f("country", DataTypes.StringType, true),
            f("user_agent", DataTypes.StringType, true),
            f("router", DataTypes.StringType, true),
            f("forwarded_for", DataTypes.createArrayType(DataTypes.StringType, false), false),
            f("temperature", DataTypes.DoubleType, true),
            f("reasoning_effort", DataTypes.StringType, true),
            f("max_tokens", DataTypes.IntegerType, true),
            f("prompt", DataTypes.StringType, false),
            f("system", DataTypes.StringType, false),
            f("has_reasoning", DataTypes.BooleanType, false),
            f("input_tokens", DataTypes.LongType, false),
            f("output_tokens", DataTypes.LongType, false),
            f("reasoning_tokens", DataTypes.LongType, false),
            f("last_user", DataTypes.StringType, true),
            f("first_user", DataTypes.StringType, true),
            f("messages", DataTypes.IntegerType, false),
            f("assistant_turns", DataTypes.IntegerType, false),
            f("params", DataTypes.StringType, false),
            f("prior_answer_chars", DataTypes.IntegerType, false),
            f("answer_chars", DataTypes.IntegerType, false)});

    private static StructField f(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    static Row row(long ordinal, RequestFacts r) {
        return RowFactory.create(ordinal, r.requestId(), r.accountId(), r.apiKeyId(), r.tsMs(), r.status(), r.errorType(),
                r.model(), r.endpoint(), r.ip(), r.asn(), r.asOrg(), r.country(), r.userAgent(), r.router(),
                r.forwardedFor().toArray(new String[0]), r.temperature(), r.reasoningEffort(), r.maxTokens(), r.prompt(),
                r.system(), r.hasReasoning(), r.inputTokens(), r.outputTokens(), r.reasoningTokens(),
                r.lastUser().equals(r.prompt()) ? null : r.lastUser(), r.firstUser().equals(r.prompt()) ? null : r.firstUser(),
                r.messages(), r.assistantTurns(), r.params(), r.priorAnswerChars(), r.answerChars());
    }

    static long ordinal(Row row) { return row.getLong(0); }

    static String accountId(Row row) { return row.getString(2); }

    static RequestFacts facts(Row x) {
        List<String> fwd = x.getList(15);
        return new RequestFacts(x.getString(1), x.getString(2), x.getString(3), x.getLong(4), x.getInt(5), x.getString(6),
                x.getString(7), x.getString(8), x.getString(9), x.isNullAt(10) ? null : x.getLong(10), x.getString(11),
                x.getString(12), x.getString(13), x.getString(14), new ArrayList<>(fwd),
                x.isNullAt(16) ? null : x.getDouble(16), x.getString(17), x.isNullAt(18) ? null : x.getInt(18), x.getString(19),
                x.getString(20), x.getBoolean(21), x.getLong(22), x.getLong(23), x.getLong(24), x.getString(25),
                x.getString(26), x.getInt(27), x.getInt(28), x.getString(29), x.getInt(30),
                x.getInt(31));
    }
}
