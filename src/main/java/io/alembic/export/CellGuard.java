package io.alembic.export;

/**
 * Keeps spreadsheet programs from running what the people under investigation typed: a cell that starts with
 * = + - @ TAB or CR is read as a formula by Excel, LibreOffice and Google Sheets (CSV injection), so such text
 * cells get a leading single quote. The JSON export and the evidence keep the text unchanged.
 */
public final class CellGuard {
    private CellGuard() { }

    public static String text(String s) {
        if (s == null || s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
