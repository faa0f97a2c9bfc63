-- Orders for the service benchmark (org.triturate.bench.service), run once per chunk of order numbers
-- @first…@last (at most 100,000 at a time, so that no transaction grows huge). Order n is a copy of the template
-- order made through the API for slot MOD(n, 100) (bench_template: slot, order_id; one template per status, in
-- proportion to the slots it fills; read from the copies of seed-templates.sql), for patient MOD(n, @patients) of
-- bench_patient (seed-patients.sql) and that patient's prescriber and user, numbered BN-<n>; it gets the template's
-- actives and checks and, when the template has one, a compounding record of its own (lot PLB-<n>) with the
-- template's components, the first of which comes from component lot BENCH-LOT-<n DIV 100>, so that every lot is in
-- the preparations of one block of 100 orders whatever the scale. The chunk's numbers are compared as expressions,
-- not @variables: a string @variable has the connection's collation, which may differ from the column's. Uses
-- MariaDB's SEQUENCE engine. Statements end with ';' at the end of a line.
INSERT INTO compounding_order (number, status, patient_id, prescriber_id, received_via, dosage_form,
        requested_exclusions, excluded_allergens, quantity_value, quantity_unit, dose_amount_value, dose_amount_unit,
        dose_times_per_day, directions, days_supply, refills, rationale_categories, rationale_text, consent_obtained,
        consent_alternatives_discussed, consent_date, issued_on, expires_on, reassess_by, created_by_user_id,
        created_at, idempotency_key, request_hash, version, formulation_id, review_decision, reviewed_by, reviewed_at,
        review_note, compounding_record_id, preparation_lot, compounded_on, beyond_use_date, compounded_by,
        compounded_by_user_id, written_on, release_type)
    SELECT CONCAT('BN-', LPAD(s.seq, 9, '0')), o.status, p.patient_id, p.prescriber_id, o.received_via, o.dosage_form,
           o.requested_exclusions, o.excluded_allergens, o.quantity_value, o.quantity_unit, o.dose_amount_value,
           o.dose_amount_unit, o.dose_times_per_day, o.directions, o.days_supply, o.refills, o.rationale_categories,
           o.rationale_text, o.consent_obtained, o.consent_alternatives_discussed, o.consent_date, o.issued_on,
           o.expires_on, o.reassess_by, p.user_id, o.created_at - INTERVAL (10000000 - s.seq) SECOND, NULL, NULL,
           o.version, o.formulation_id, o.review_decision, o.reviewed_by, o.reviewed_at, o.review_note, NULL,
           IF(o.preparation_lot IS NULL, NULL, CONCAT('PLB-', LPAD(s.seq, 9, '0'))), o.compounded_on,
           o.beyond_use_date, o.compounded_by, o.compounded_by_user_id, o.written_on, o.release_type
    FROM seq_1_to_100000000 s
    JOIN bench_template t ON t.slot = MOD(s.seq, 100)
    JOIN bench_template_order o ON o.id = t.order_id
    JOIN bench_patient p ON p.n = MOD(s.seq, @patients)
    WHERE s.seq BETWEEN @first AND @last;

INSERT INTO order_active (order_id, position, ingredient_id, strength_value, strength_unit, daily_dose_value,
                          daily_dose_unit)
    SELECT o.id, a.position, a.ingredient_id, a.strength_value, a.strength_unit, a.daily_dose_value, a.daily_dose_unit
    FROM compounding_order o
    JOIN bench_template t ON t.slot = MOD(CAST(SUBSTRING(o.number, 4) AS UNSIGNED), 100)
    JOIN bench_template_active a ON a.order_id = t.order_id
    WHERE o.number BETWEEN CONCAT('BN-', LPAD(@first, 9, '0')) AND CONCAT('BN-', LPAD(@last, 9, '0'));

INSERT INTO order_check (order_id, position, code, outcome, detail)
    SELECT o.id, c.position, c.code, c.outcome, c.detail
    FROM compounding_order o
    JOIN bench_template t ON t.slot = MOD(CAST(SUBSTRING(o.number, 4) AS UNSIGNED), 100)
    JOIN bench_template_check c ON c.order_id = t.order_id
    WHERE o.number BETWEEN CONCAT('BN-', LPAD(@first, 9, '0')) AND CONCAT('BN-', LPAD(@last, 9, '0'));

INSERT INTO compounding_record (order_id, formulation_id, preparation_lot, compounded_on, beyond_use_date,
        compounded_by, compounded_by_user_id, yield_value, yield_unit, quality_control, deviation_note, recorded_at,
        verification, verified_by, verified_at, verification_note, dispensed_by, dispensed_at, worksheet)
    SELECT o.id, r.formulation_id, o.preparation_lot, r.compounded_on, r.beyond_use_date, r.compounded_by,
           r.compounded_by_user_id, r.yield_value, r.yield_unit, r.quality_control, r.deviation_note, r.recorded_at,
           r.verification, r.verified_by, r.verified_at, r.verification_note, r.dispensed_by, r.dispensed_at,
           r.worksheet
    FROM compounding_order o
    JOIN bench_template t ON t.slot = MOD(CAST(SUBSTRING(o.number, 4) AS UNSIGNED), 100)
    JOIN bench_template_order template ON template.id = t.order_id
    JOIN bench_template_record r ON r.id = template.compounding_record_id
    WHERE o.number BETWEEN CONCAT('BN-', LPAD(@first, 9, '0')) AND CONCAT('BN-', LPAD(@last, 9, '0'));

UPDATE compounding_order o JOIN compounding_record r ON r.preparation_lot = o.preparation_lot
    SET o.compounding_record_id = r.id
    WHERE o.number BETWEEN CONCAT('BN-', LPAD(@first, 9, '0')) AND CONCAT('BN-', LPAD(@last, 9, '0'));

INSERT INTO compounding_component (record_id, position, ingredient_id, supplier_id, lot_number, expires_on,
                                   quantity_value, quantity_unit)
    SELECT o.compounding_record_id, c.position, c.ingredient_id, c.supplier_id,
           IF(c.position = 0, CONCAT('BENCH-LOT-', CAST(SUBSTRING(o.number, 4) AS UNSIGNED) DIV 100), c.lot_number),
           c.expires_on, c.quantity_value, c.quantity_unit
    FROM compounding_order o
    JOIN bench_template t ON t.slot = MOD(CAST(SUBSTRING(o.number, 4) AS UNSIGNED), 100)
    JOIN bench_template_order template ON template.id = t.order_id
    JOIN bench_template_component c ON c.record_id = template.compounding_record_id
    WHERE o.number BETWEEN CONCAT('BN-', LPAD(@first, 9, '0')) AND CONCAT('BN-', LPAD(@last, 9, '0'))
        AND o.compounding_record_id IS NOT NULL;
