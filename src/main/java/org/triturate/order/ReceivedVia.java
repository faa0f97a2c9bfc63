package org.triturate.order;

/** How the pharmacy received a prescription; a prescriber's own submission through the API is ELECTRONIC. */
public enum ReceivedVia {
    PHONE,
    FAX,
    WRITTEN,
    ELECTRONIC
}
