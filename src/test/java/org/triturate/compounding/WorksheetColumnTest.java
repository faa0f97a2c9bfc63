package org.triturate.compounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.WorksheetCalculator.Amount;
import org.triturate.compounding.WorksheetCalculator.Line;
import org.triturate.compounding.WorksheetCalculator.Warning;
import org.triturate.compounding.WorksheetCalculator.Worksheet;

class WorksheetColumnTest {

    private final WorksheetColumn column = new WorksheetColumn();

    @Test
    void aStoredWorksheetReadsBackEqualWithPlainDecimals() {
        Worksheet worksheet = new Worksheet(
                new BigDecimal("1E+2"),
                List.of(
                        new Line(7, "Liothyronine sodium", new Amount(new BigDecimal("103.4"), Unit.UG), false),
                        new Line(27, "Microcrystalline cellulose", null, true)),
                List.of(new Warning(RuleCode.ALIQUOT_REQUIRED, 7, "Liothyronine sodium: use the aliquot method")));
        String stored = column.convertToDatabaseColumn(worksheet);
        assertEquals(
                "{\"batchUnits\":100,\"lines\":[{\"ingredientId\":7,\"name\":\"Liothyronine sodium\","
                        + "\"quantity\":{\"value\":103.4,\"unit\":\"ug\"},\"qs\":false},{\"ingredientId\":27,"
                        + "\"name\":\"Microcrystalline cellulose\",\"quantity\":null,\"qs\":true}],\"warnings\":"
                        + "[{\"code\":\"ALIQUOT_REQUIRED\",\"ingredientId\":7,"
                        + "\"detail\":\"Liothyronine sodium: use the aliquot method\"}]}",
                stored);
        Worksheet read = column.convertToEntityAttribute(stored);
        assertEquals(0, worksheet.batchUnits().compareTo(read.batchUnits()));
        assertEquals(worksheet.lines(), read.lines());
        assertEquals(worksheet.warnings(), read.warnings());
    }

    @Test
    void aRecordWithoutAWorksheetStoresNone() {
        assertNull(column.convertToDatabaseColumn(null));
        assertNull(column.convertToEntityAttribute(null));
    }
}
