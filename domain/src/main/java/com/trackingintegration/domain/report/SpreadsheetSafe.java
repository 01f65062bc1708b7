package com.trackingintegration.domain.report;

import java.util.Arrays;
import java.util.List;

/**
 * The one rule for every CSV the integration writes (the run report's {@code --orders}, each {@code .rejects.csv}):
 * those files are opened in a spreadsheet by people who forward them, and a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is run as a formula there (OWASP, "CSV Injection"). Such a value is
 * written with a single quote before it, as OWASP advises: the spreadsheet shows it as text, and a person still reads it.
 *
 * <p>The rule knows nothing of what a value means, so a negative number ({@code -3}) in a detail is prefixed too
 * ({@code '-3}): the files hold words for people, not figures to compute with, and telling a harmless minus from a
 * formula ({@code -2+3}, {@code -cmd|...}) is exactly what the attack relies on getting wrong.
 */
public final class SpreadsheetSafe {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    /** The value as a cell may hold it: as it is, or with a leading {@code '} when a spreadsheet would run it. */
    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A record's values, each made {@link #cell safe}, in order. */
    public static List<String> cells(Object... values) {
        return Arrays.stream(values).map(SpreadsheetSafe::cell).toList();
    }
}
