-- LINE broadcast batches are settled and read by batch: without this, each of those statements read every
-- recipient of the job (about 9 ms per batch with 100,000 recipients, while holding the database).
CREATE INDEX broadcast_recipients_batch ON broadcast_recipients (batch_id);
