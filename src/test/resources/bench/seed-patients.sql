-- Patients for the service benchmark (org.triturate.bench.service): @patients copies of the patients the prescribers
-- registered through the API (bench_prescriber: n 0…, prescriber_id, user_id, patient_id), spread over the
-- prescribers round robin; every third copy keeps the allergies of its original. Fills bench_patient (n 0…,
-- patient_id, prescriber_id, user_id), which seed-orders.sql reads. Statements end with ';' at the end of a line.
SET @prescribers = (SELECT COUNT(*) FROM bench_prescriber);

INSERT INTO patient (first_name, last_name, birth_date, address_line, address_city, address_state,
                     address_postal_code, created_by_prescriber_id, created_at, version)
    SELECT p.first_name, CONCAT('Bench-', LPAD(s.seq, 7, '0')), p.birth_date - INTERVAL MOD(s.seq * 37, 25000) DAY,
           p.address_line, p.address_city, p.address_state, p.address_postal_code, b.prescriber_id, p.created_at, 0
    FROM seq_1_to_10000000 s
    JOIN bench_prescriber b ON b.n = MOD(s.seq, @prescribers)
    JOIN patient p ON p.id = b.patient_id
    WHERE s.seq <= @patients;

INSERT INTO patient_allergy (patient_id, allergen_class, ingredient_id, reaction)
    SELECT c.id, a.allergen_class, a.ingredient_id, a.reaction
    FROM patient c
    JOIN bench_prescriber b ON b.prescriber_id = c.created_by_prescriber_id
    JOIN patient_allergy a ON a.patient_id = b.patient_id
    WHERE c.last_name LIKE 'Bench-%' AND MOD(c.id, 3) = 0;

CREATE TEMPORARY TABLE bench_patient (n INT PRIMARY KEY, patient_id BIGINT, prescriber_id BIGINT, user_id BIGINT);
INSERT INTO bench_patient
    SELECT ROW_NUMBER() OVER (ORDER BY c.id) - 1, c.id, b.prescriber_id, b.user_id
    FROM patient c JOIN bench_prescriber b ON b.prescriber_id = c.created_by_prescriber_id
    WHERE c.last_name LIKE 'Bench-%';
