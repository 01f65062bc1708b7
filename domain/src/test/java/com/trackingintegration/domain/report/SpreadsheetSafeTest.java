package com.trackingintegration.domain.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+55 21 99999-9999", "-3", "@SUM(A1:A2)", "\tcmd", "\rcmd"})
    void a_value_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(String formula) {
        assertThat(SpreadsheetSafe.cell(formula)).isEqualTo("'" + formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "VTEX Tracking answered 400", "1172452900788-01", "a=b", "'=already text", " =spaced"})
    void any_other_value_is_kept_as_it_is(String value) {
        assertThat(SpreadsheetSafe.cell(value)).isEqualTo(value);
    }

    @Test
    void a_record_is_made_safe_value_by_value_and_a_missing_value_is_an_empty_cell() {
        assertThat(SpreadsheetSafe.cells("orders.csv", 7L, "=1+1", null)).containsExactly("orders.csv", "7", "'=1+1", "");
    }
}
