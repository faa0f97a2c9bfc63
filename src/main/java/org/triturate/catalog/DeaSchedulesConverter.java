package org.triturate.catalog;

import jakarta.persistence.Converter;
import org.triturate.common.persistence.EnumSetColumn;

/** The schedules a DEA registration covers, in one column. */
@Converter
public class DeaSchedulesConverter extends EnumSetColumn<DeaSchedule> {

    public DeaSchedulesConverter() {
        super(DeaSchedule.class);
    }
}
