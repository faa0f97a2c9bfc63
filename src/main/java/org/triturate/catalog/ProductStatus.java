package org.triturate.catalog;

/** Market status of a commercial product; only MARKETED products count as commercially available. */
public enum ProductStatus {
    MARKETED,
    DISCONTINUED,
    SHORTAGE
}
