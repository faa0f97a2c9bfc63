package org.triturate.common.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    private static UcumService ucum;

    @BeforeAll
    static void loadTheUcumReference() throws Exception {
        ucum = new UcumEssenceService(UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml"));
    }

    @ParameterizedTest(name = "{0} {1} = {2} {3}")
    @CsvSource({
        "37.5, mg, 37500, ug",
        "5, ug, 0.005, mg",
        "0.001, g, 1, mg",
        "1296.6, mg, 1.2966, g",
        "1, ug, 0.000001, g",
        "20, mg/mL, 20000, ug/mL",
        "250, ug/mL, 0.25, mg/mL",
        "30, unit, 30, unit",
        "60, mL, 60, mL",
        "10, mg/g, 10, mg/g",
    })
    void convertsExactly(String value, String from, String expected, String to) {
        Quantity converted = Quantity.of(value, Unit.fromCode(from)).to(Unit.fromCode(to));
        assertEquals(0, new BigDecimal(expected).compareTo(converted.value()), converted.toString());
        assertEquals(Unit.fromCode(to), converted.unit());
    }

    /** Every pair of convertible units agrees with the UCUM reference implementation, for awkward values too. */
    @Test
    void everyConversionAgreesWithTheUcumReference() throws Exception {
        String[] values = {"1", "37.5", "0.000125", "123456.789", "3"};
        int compared = 0;
        for (Unit from : Unit.values()) {
            for (Unit to : Unit.values()) {
                if (!from.convertsTo(to) || from == Unit.UNIT) {
                    continue; // "unit" is our count of dosage units, not a UCUM unit
                }
                for (String value : values) {
                    Decimal expected = ucum.convert(new Decimal(value), from.code(), to.code());
                    BigDecimal actual = Quantity.of(value, from).to(to).value();
                    assertEquals(
                            0,
                            new BigDecimal(expected.asDecimal()).compareTo(actual),
                            value + " " + from + " -> " + to + ": UCUM says " + expected.asDecimal());
                    compared++;
                }
            }
        }
        assertEquals(5 * (3 * 3 + 1 + 2 * 2 + 1), compared);
    }

    @Test
    void ourCodesAreValidUcumCodes() {
        for (Unit unit : Unit.values()) {
            if (unit != Unit.UNIT) {
                assertEquals(null, ucum.validate(unit.code()), unit.code());
            }
        }
    }

    @Test
    void unitsOfDifferentDimensionsDoNotConvert() {
        Quantity mass = Quantity.of("5", Unit.MG);
        for (Unit other : new Unit[] {Unit.ML, Unit.MG_PER_ML, Unit.MG_PER_G, Unit.UNIT}) {
            assertThrows(IllegalArgumentException.class, () -> mass.to(other), other.code());
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> Quantity.of("1", Unit.MG_PER_ML).to(Unit.MG_PER_G));
    }

    @Test
    void aliasesAreAcceptedAndCanonicalCodesAreShown() {
        assertEquals(Unit.UG, Unit.fromCode("mcg"));
        assertEquals(Unit.ML, Unit.fromCode("ml"));
        assertEquals("ug", Unit.fromCode("mcg").code());
        assertEquals("mL", Unit.fromCode("ml").code());
    }

    @ParameterizedTest(name = "''{0}'' is not a unit")
    @ValueSource(strings = {"MG", "Mg", "mg ", "kg", "mcg/ml", "tablet", "", "mEq"})
    void unknownUnitsAreRejectedWithTheListOfUnits(String code) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Unit.fromCode(code));
        assertTrue(error.getMessage().contains("mg, ug, g, mL, mg/mL, ug/mL, mg/g, unit"), error.getMessage());
    }

    @Test
    void comparesAcrossUnitsOfOneDimension() {
        assertEquals(0, Quantity.of("1", Unit.G).compareTo(Quantity.of("1000", Unit.MG)));
        assertTrue(Quantity.of("201", Unit.MG).compareTo(Quantity.of("0.2", Unit.G)) > 0);
        assertTrue(Quantity.of("50", Unit.UG).compareTo(Quantity.of("0.05001", Unit.MG)) < 0);
    }

    @Test
    void trailingZerosAreStripped() {
        assertEquals(Quantity.of("37.50", Unit.MG), Quantity.of("37.5", Unit.MG));
        assertEquals("100", Quantity.of("100.000", Unit.MG).value().toPlainString());
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"0", "-1"})
    void valuesMustBePositive(String value) {
        assertThrows(IllegalArgumentException.class, () -> Quantity.of(value, Unit.MG));
    }

    @Test
    void valueAndUnitAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Quantity(null, Unit.MG));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(BigDecimal.ONE, null));
    }
}
