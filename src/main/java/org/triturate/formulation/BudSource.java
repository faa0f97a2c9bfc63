package org.triturate.formulation;

/** What a formulation's beyond-use date rests on; only a study or a monograph may exceed the USP default. */
public enum BudSource {
    USP_DEFAULT,
    STABILITY_STUDY,
    USP_MONOGRAPH;

    public boolean allowsExceedingDefault() {
        return this != USP_DEFAULT;
    }
}
