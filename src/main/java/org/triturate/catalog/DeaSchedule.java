package org.triturate.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A controlled-substance schedule, written {@code "2"} to {@code "5"} in the API (schedule I is never prescribed). */
public enum DeaSchedule {
    II("2"),
    III("3"),
    IV("4"),
    V("5");

    private final String code;

    DeaSchedule(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static DeaSchedule fromCode(String code) {
        for (DeaSchedule schedule : values()) {
            if (schedule.code.equals(code)) {
                return schedule;
            }
        }
        throw new IllegalArgumentException("Unknown DEA schedule '" + code + "'; use \"2\", \"3\", \"4\" or \"5\"");
    }
}
