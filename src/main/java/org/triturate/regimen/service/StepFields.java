package org.triturate.regimen.service;

/**
 * Where in a regimen request the field an order rule names lies: a step order's one active is the regimen's
 * ingredient at the step's strength, its dose, quantity and days' supply come from the step, the rest from the
 * regimen as a whole. E.g. {@code actives[0].strength} of step 3 is {@code steps[2].strength}, its
 * {@code actives[0].ingredientId} the regimen's {@code ingredientId}.
 */
final class StepFields {

    private static final String ACTIVE = "actives[0]";

    private StepFields() {}

    /** {@code stepIndex} is 1-based; the request's JSON path of the steps array is 0-based. */
    static String of(String orderField, int stepIndex) {
        if (orderField == null) {
            return null;
        }
        String step = "steps[" + (stepIndex - 1) + "]";
        if (orderField.equals(ACTIVE + ".strength")) {
            return step + ".strength";
        }
        if (orderField.equals(ACTIVE)) {
            // The active as a whole, at this step's strength and dose (e.g. a daily dose above the maximum).
            return step;
        }
        if (orderField.startsWith("actives")) {
            return "ingredientId";
        }
        if (orderField.startsWith("dose")) {
            return step + "." + orderField;
        }
        if (orderField.equals("quantity")) {
            return step + ".dose.amount";
        }
        if (orderField.equals("daysSupply")) {
            return step + ".days";
        }
        return orderField;
    }
}
