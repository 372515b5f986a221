package io.alembic.formats;

/** Hostile values quoted in notes and reasons stay short; the whole value is kept with the record or quarantine. */
final class RecordSinkText {
    private RecordSinkText() { }

    static String clip(String s) {
        if (s == null) return null;
        return s.length() <= 80 ? s : s.substring(0, Character.isHighSurrogate(s.charAt(79)) ? 79 : 80) + "...";
    }
}
