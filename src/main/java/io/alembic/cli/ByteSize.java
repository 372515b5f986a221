package io.alembic.cli;

import picocli.CommandLine;

import java.util.Locale;

/** Sizes as people type them: 67108864, 64M, 64MB, 512k, 1G (binary multiples). */
final class ByteSize implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.endsWith("B")) v = v.substring(0, v.length() - 1);
        int shift = 0;
        if (!v.isEmpty()) {
            switch (v.charAt(v.length() - 1)) {
                case 'K' -> shift = 10;
                case 'M' -> shift = 20;
                case 'G' -> shift = 30;
                default -> { }
            }
        }
        if (shift > 0) v = v.substring(0, v.length() - 1);
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 67108864, 64M, 1G)");
        }
        if (n < 1 || n > (Long.MAX_VALUE >> shift)) throw new CommandLine.TypeConversionException("'" + value + "' is not a positive size");
        return n << shift;
    }
}
