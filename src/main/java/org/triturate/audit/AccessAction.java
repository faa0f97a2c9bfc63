package org.triturate.audit;

/** What a recorded read of patient data was. */
public enum AccessAction {
    PATIENT_READ,
    PATIENT_SEARCH,
    ORDER_READ,
    ORDER_LIST,
    ORDER_HISTORY_READ,
    REGIMEN_READ,
    REGIMEN_LIST,
    REGIMEN_HISTORY_READ,
    LABEL_PRINT,
    RECALL_SEARCH
}
