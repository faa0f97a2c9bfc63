-- Seeds 10,000 dispensed orders for the recall benchmark (PharmacyWorkflowBenchmark), never run by the test suite.
-- Each is a copy of one dispensed order, @template, made through the API, with its own order number, preparation
-- lot and compounding record; the copies' sertraline lots are BENCH-LOT-0 … BENCH-LOT-99, so each lot is in 100
-- preparations. Uses MariaDB's SEQUENCE engine (seq_1_to_10000). Statements end with ';' at the end of a line.
SET @template_record = (SELECT compounding_record_id FROM compounding_order WHERE id = @template);

CREATE TEMPORARY TABLE bench_order AS
    SELECT o.*, s.seq AS bench_seq FROM compounding_order o JOIN seq_1_to_10000 s WHERE o.id = @template;
ALTER TABLE bench_order MODIFY id BIGINT NULL;
UPDATE bench_order SET id = NULL, number = CONCAT('BENCH-', LPAD(bench_seq, 6, '0')), idempotency_key = NULL,
    compounding_record_id = NULL, preparation_lot = CONCAT('PLB-', LPAD(bench_seq, 6, '0'));
ALTER TABLE bench_order DROP COLUMN bench_seq;
INSERT INTO compounding_order SELECT * FROM bench_order;

INSERT INTO order_active (order_id, position, ingredient_id, strength_value, strength_unit, daily_dose_value,
                          daily_dose_unit)
    SELECT o.id, a.position, a.ingredient_id, a.strength_value, a.strength_unit, a.daily_dose_value, a.daily_dose_unit
    FROM compounding_order o JOIN order_active a ON a.order_id = @template WHERE o.number LIKE 'BENCH-%';

CREATE TEMPORARY TABLE bench_record AS
    SELECT r.*, o.id AS new_order_id, o.preparation_lot AS new_lot
    FROM compounding_record r JOIN compounding_order o ON o.number LIKE 'BENCH-%' WHERE r.id = @template_record;
ALTER TABLE bench_record MODIFY id BIGINT NULL;
UPDATE bench_record SET id = NULL, order_id = new_order_id, preparation_lot = new_lot;
ALTER TABLE bench_record DROP COLUMN new_order_id, DROP COLUMN new_lot;
INSERT INTO compounding_record SELECT * FROM bench_record;

UPDATE compounding_order o JOIN compounding_record r ON r.order_id = o.id SET o.compounding_record_id = r.id
    WHERE o.number LIKE 'BENCH-%';

INSERT INTO compounding_component (record_id, position, ingredient_id, supplier_id, lot_number, expires_on,
                                   quantity_value, quantity_unit)
    SELECT r.id, c.position, c.ingredient_id, c.supplier_id,
           IF(c.position = 0, CONCAT('BENCH-LOT-', MOD(CAST(SUBSTRING(r.preparation_lot, 5) AS UNSIGNED), 100)),
              c.lot_number),
           c.expires_on, c.quantity_value, c.quantity_unit
    FROM compounding_record r JOIN compounding_component c ON c.record_id = @template_record
    WHERE r.preparation_lot LIKE 'PLB-%';

DROP TEMPORARY TABLE bench_order;
DROP TEMPORARY TABLE bench_record;
