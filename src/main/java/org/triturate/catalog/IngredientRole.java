package org.triturate.catalog;

/** Whether an ingredient is an active pharmaceutical ingredient or an excipient. */
public enum IngredientRole {
    ACTIVE,
    EXCIPIENT
}
