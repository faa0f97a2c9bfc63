-- The template orders of the service benchmark (bench_template: slot, order_id), with their actives, checks,
-- compounding records and components, copied once into temporary tables (InnoDB's temporary tablespace) that
-- seed-orders.sql reads: an INSERT … SELECT that reads the table it writes needs an internal temporary table of the
-- whole result, which MariaDB may spill to a file of its tmpdir. Statements end with ';' at the end of a line.
CREATE TEMPORARY TABLE bench_template_order LIKE compounding_order;
INSERT INTO bench_template_order SELECT * FROM compounding_order WHERE id IN (SELECT order_id FROM bench_template);

CREATE TEMPORARY TABLE bench_template_active LIKE order_active;
INSERT INTO bench_template_active SELECT * FROM order_active WHERE order_id IN (SELECT id FROM bench_template_order);

CREATE TEMPORARY TABLE bench_template_check LIKE order_check;
INSERT INTO bench_template_check SELECT * FROM order_check WHERE order_id IN (SELECT id FROM bench_template_order);

CREATE TEMPORARY TABLE bench_template_record LIKE compounding_record;
INSERT INTO bench_template_record
    SELECT * FROM compounding_record WHERE id IN (SELECT compounding_record_id FROM bench_template_order);

CREATE TEMPORARY TABLE bench_template_component LIKE compounding_component;
INSERT INTO bench_template_component
    SELECT * FROM compounding_component WHERE record_id IN (SELECT id FROM bench_template_record);
